import Foundation
import GRDB

/// Restoring the database from a backup file, checked before it replaces anything.
///
/// The backup is first copied (online backup API) into a staging file beside the database and
/// checked there: SQLite's integrity and foreign keys, a 百事汇 database whose migrations this
/// version knows, then migrated forward and run through `verify` (the program's `check`).
/// Only then is the database replaced, in one SQLite transaction (the backup API writing into
/// the live file), so that a crash leaves the old or the new content and any open terminal sees
/// the change whole; the replaced content is kept as a backup first. A damaged database that
/// SQLite cannot open is moved aside into the backup folder and the staging file renamed in.
extension AppDatabase {
    /// What a restore did.
    public struct RestoreOutcome: Equatable, Sendable {
        /// Where the replaced database was kept (nil when there was none).
        public var keptAs: String?
        /// The rows of the restored audit log, counting the one recording the restore.
        public var auditRows: Int
    }

    /// Replaces the database at `path` with the checked content of `backup`.
    ///
    /// `stamp` names the copy kept of the replaced database (`before-restore-STAMP.sqlite`);
    /// `verify` returns the problems the program's `check` finds in the staged copy, and any
    /// problem stops the restore (a `badBackup` refusal) with the database untouched.
    /// `progress` hears each step by name, with pages done and of how many where it copies.
    public static func restore(from backup: String, to path: String, at: Date, stamp: String, progress: StepProgress? = nil,
                               verify: (AppDatabase) throws -> [String]) throws -> RestoreOutcome {
        guard FileManager.default.fileExists(atPath: backup) else {
            throw StorageError(.badBackup, SafetyText.backupMissing(backup))
        }
        try FilePrivacy.createFolders(for: path)
        let staging = path + ".restoring-\(getpid())"
        BackupFile.remove(staging)
        defer { BackupFile.remove(staging) }
        try stage(backup, into: staging, progress: progress)
        let (problems, training) = try openPool(path: staging) { pool in
            defer { try? pool.close() }
            try migrateStaged(backup, pool)
            let training = try pool.read { db in try holdsTrainingData(db) }
            return (try verify(AppDatabase(pool: pool, pinHasher: .standard, lockout: .standard)), training)
        }
        guard problems.isEmpty else { throw StorageError(.badBackup, SafetyText.checkFailed(backup, problems.count)) }
        if training, try !isTrainingOrAbsent(path) { throw StorageError(.badBackup, SafetyText.trainingOverReal(backup)) }
        let keptAs = try replace(path, with: staging, stamp: stamp, progress: progress)
        let restored = try open(path: path)
        try restored.audited(by: nil, at: at) { _ in
            ((), [AuditEvent(action: "database.restored", entity: "database", entityID: nil,
                             detail: ["from": backup, "kept_as": keptAs ?? ""])])
        }
        return RestoreOutcome(keptAs: keptAs, auditRows: try restored.verifyAuditChain().count)
    }

    // MARK: - Checking the backup

    /// Copies `backup` into the new file `staging` and checks that it is a sound 百事汇 database.
    static func stage(_ backup: String, into staging: String, progress: StepProgress? = nil) throws {
        do {
            let source = try DatabaseQueue(path: backup)
            defer { try? source.close() }
            try source.read { db in try requireBaishihui(backup, db) }
            try BackupFile.copy(from: source, toNew: staging, reportingAs: staging,
                                progress: progress.map { p in { p(SafetyText.restoreStaging, $0, $1) } })
        } catch let error as DatabaseError {
            throw StorageError(.badBackup, SafetyText.notADatabase(backup, SafetyText.sqliteReason(error.extendedResultCode.rawValue)))
        }
        progress?(SafetyText.restoreChecking, 0, 0)
        let copy = try DatabaseQueue(path: staging)
        defer { try? copy.close() }
        let problems = try copy.read { db in try integrityProblems(in: db) }
        guard problems.isEmpty else { throw StorageError(.badBackup, SafetyText.integrityFailed(backup, problems)) }
    }

    /// Refuses a file without 百事汇's migrations and committee, or with migrations this version does not know.
    static func requireBaishihui(_ backup: String, _ db: Database) throws {
        let applied: Set<String>
        do {
            guard try db.tableExists("grdb_migrations"), try db.tableExists("committee"),
                  try Int.fetchOne(db, sql: "SELECT count(*) FROM committee") == 1 else {
                throw StorageError(.badBackup, SafetyText.notBaishihui(backup))
            }
            applied = try Schema.migrator.appliedIdentifiers(db)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw StorageError(.badBackup, SafetyText.notBaishihui(backup))
        }
        let unknown = applied.subtracting(Set(Schema.migrator.migrations))
        guard unknown.isEmpty else { throw StorageError(.badBackup, SafetyText.newerVersion(backup, unknown.sorted())) }
    }

    /// Migrates the staged copy forward and refuses it unless its schema is exactly what this
    /// version creates: no trigger dropped, no table, index, view or trigger added or changed.
    static func migrateStaged(_ backup: String, _ pool: DatabasePool) throws {
        do {
            try Schema.migrator.migrate(pool)
        } catch is DatabaseError {
            throw StorageError(.badBackup, SafetyText.notThisSchema(backup))
        }
        let differences = try pool.read { db in try SchemaShape.read(db) }.differences(from: try SchemaShape.expected())
        guard differences.isEmpty else { throw StorageError(.badBackup, SafetyText.schemaDiffers(backup, differences)) }
    }

    /// Whether `db` holds demo or practice data: made by the demo generator, or carrying the sandbox mark.
    static func holdsTrainingData(_ db: Database) throws -> Bool {
        let demo = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'demo.generate')") ?? false
        return try demo || (Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sandbox_mark)") ?? false)
    }

    /// Whether the file at `path` is missing, or a database holding demo or practice data. A file
    /// that cannot be read counts as real: demo data never replaces what might be a committee's records.
    static func isTrainingOrAbsent(_ path: String) throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return true }
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return false }
        defer { try? queue.close() }
        return (try? queue.read { db in
            try db.tableExists("audit_log") && db.tableExists("sandbox_mark") && holdsTrainingData(db)
        }) ?? false
    }

    // MARK: - Replacing

    /// Puts the staged content in place of `path` and returns where the replaced content was kept.
    static func replace(_ path: String, with staging: String, stamp: String, progress: StepProgress? = nil) throws -> String? {
        let folder = backupFolder(for: path)
        guard FileManager.default.fileExists(atPath: path) else {
            for suffix in FilePrivacy.companions.dropFirst() { unlink(path + suffix) }   // a stale -wal belongs to no file
            try move(staging, to: path)
            return nil
        }
        try FilePrivacy.requirePrivate(path)
        try FilePrivacy.createFolders(for: folder + "/x")
        do {
            return try openPool(path: path) { live in
                defer { try? live.close() }
                let kept = folder + "/before-restore-\(stamp).sqlite"
                try BackupFile.write(from: live, to: kept, progress: progress.map { p in { p(SafetyText.restoreKeeping, $0, $1) } })
                let staged = try DatabaseQueue(path: staging)
                defer { try? staged.close() }
                try BackupFile.pages(from: staged, to: live, progress: progress.map { p in { p(SafetyText.restoreReplacing, $0, $1) } })
                return kept
            }
        } catch let error as StorageError where error.kind == .damaged {
            let kept = folder + "/damaged-\(stamp).sqlite"
            for suffix in FilePrivacy.companions where FileManager.default.fileExists(atPath: path + suffix) {
                try move(path + suffix, to: kept + suffix)
            }
            try move(staging, to: path)
            return kept
        }
    }

    /// Renames `from` to `to` (atomic on one disk) and flushes the folder.
    static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw StorageError(.badBackup, SafetyText.cannotWriteBackup(to, String(cString: strerror(errno))))
        }
        FilePrivacy.syncFolder(of: to)
    }
}
