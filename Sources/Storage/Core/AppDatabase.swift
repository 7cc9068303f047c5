import Domain
import Foundation
import GRDB

/// The committee's database: one SQLite file in WAL mode, migrated, with every write audited.
///
/// All SQL of the program lives in this target; callers see Domain types only. The clock is
/// always passed in (`at:` / `now:`), never read here.
public final class AppDatabase: Sendable {
    let pool: DatabasePool
    let pinHasher: PinHasher
    let lockout: LoginLockout
    let busyWait: BusyWait

    init(pool: DatabasePool, pinHasher: PinHasher, lockout: LoginLockout, busyWait: BusyWait = BusyWait(seconds: busySeconds)) {
        self.pool = pool
        self.pinHasher = pinHasher
        self.lockout = lockout
        self.busyWait = busyWait
    }

    /// `notice` runs whenever a read or write starts waiting for another program to let go of
    /// the file (on the database's queue, while the caller waits); nil stops it.
    public func onBusyWait(_ notice: (@Sendable () -> Void)?) {
        busyWait.onWait(notice)
    }

    /// What the screen shows while a read or write waits for the file.
    public static let busyWaitNotice = SafetyText.waiting(seconds: busySeconds)

    // MARK: - Opening

    /// Opens (creating it if needed, with mode 0600) and migrates the database at `path`.
    public static func open(path: String) throws -> AppDatabase {
        try open(path: path, pinHasher: .standard)
    }

    /// Opens with other scrypt parameters or lockout rule; tests use cheap ones to stay fast.
    ///
    /// A file that group or others can read, or that cannot be written, is refused before
    /// SQLite touches it, with the command that fixes it.
    public static func open(path: String, pinHasher: PinHasher, lockout: LoginLockout = .standard) throws -> AppDatabase {
        try createPrivateFile(at: path)
        try FilePrivacy.requirePrivate(path)
        try FilePrivacy.requireWritable(path)
        let busyWait = BusyWait(seconds: busySeconds)
        return try openPool(path: path, busyWait: busyWait) { pool in
            // GRDB sets `synchronous=NORMAL` on the writer after enabling WAL: these writes are few and precious.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Schema.migrator.migrate(pool)
            return AppDatabase(pool: pool, pinHasher: pinHasher, lockout: lockout, busyWait: busyWait)
        }
    }

    /// Opens a pool on `path` and runs `body` with it, a file-level SQLite failure explained in Chinese.
    static func openPool<T>(path: String, busyWait: BusyWait = BusyWait(seconds: busySeconds),
                            _ body: (DatabasePool) throws -> T) throws -> T {
        do {
            return try body(try DatabasePool(path: path, configuration: configuration(busyWait)))
        } catch let error as DatabaseError {
            throw StorageError.fileFailure(error, path: path, busySeconds: busySeconds) ?? error
        }
    }

    /// How long a write waits for another program (another terminal, an import) to finish
    /// before it gives up with a `busy` refusal, instead of failing at once with "database is locked".
    static let busySeconds = 15

    /// Foreign keys on, a 15-second wait on a busy file that says it is waiting, `synchronous=FULL`.
    static func configuration(_ busyWait: BusyWait) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = busyWait.mode
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return config
    }

    /// Creates the parent folders (0700) and an empty file with mode 0600, unless it exists.
    ///
    /// SQLite then gives its `-wal` and `-shm` files the same mode as the database file.
    static func createPrivateFile(at path: String) throws {
        try FilePrivacy.createFolders(for: path)
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd < 0, errno == EEXIST { return }
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw StorageError(.cannotOpen, StorageText.cannotCreateFile(path, reason: reason))
        }
        close(fd)
    }

    // MARK: - The one way to write

    /// Runs `change` and appends the audit events it returns, all in one transaction.
    ///
    /// Every write in Storage goes through here, so no change is ever saved without its audit
    /// rows. With `dryRun` the transaction is rolled back after everything has been checked.
    func audited<T>(
        by actor: Int64?, at: Date, dryRun: Bool = false,
        _ change: (Database) throws -> (T, [AuditEvent])
    ) throws -> T {
        try auditedStreaming(by: actor, at: at, dryRun: dryRun) { db, log in
            let (value, events) = try change(db)
            precondition(!events.isEmpty, "an audited write must describe its change")
            for event in events { try log.append(event) }
            return value
        }
    }

    /// `audited` for a write of many records (an import): `change` appends each record's audit
    /// event to `log` as it writes the record, in the same transaction, instead of returning them
    /// all at the end, so 100,000 events are never held in memory at once. `change` must append
    /// at least one event.
    func auditedStreaming<T>(
        by actor: Int64?, at: Date, dryRun: Bool = false,
        _ change: (Database, inout AuditLog.Writer) throws -> T
    ) throws -> T {
        var result: T?
        try explainingFileFailures { try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                var log = try AuditLog.Writer(actor: actor, at: at, in: db)
                result = try change(db, &log)
                precondition(log.appended > 0, "an audited write must describe its change")
                return dryRun ? .rollback : .commit
            }
        } }
        return result!
    }

    // MARK: - Audit

    /// Walks the audit chain from its first row and reports where, if anywhere, it breaks.
    public func verifyAuditChain() throws -> AuditChainReport {
        try pool.read { db in try AuditLog.verify(in: db) }
    }

    /// The audit chain's head now: its row count and last hash.
    public func auditChainHead() throws -> AuditChainHead {
        try pool.read { db in try AuditLog.head(in: db) }
    }

    /// The newest `limit` audit rows, newest first.
    public func auditEntries(limit: Int) throws -> [AuditEntry] {
        try pool.read { db in try AuditLog.entries(limit: limit, in: db) }
    }
}
