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
    public static func restore(from backup: String, to path: String, at: Date, stamp: String,
                               verify: (AppDatabase) throws -> [String]) throws -> RestoreOutcome {
        guard FileManager.default.fileExists(atPath: backup) else {
            throw StorageError(.badBackup, SafetyMessages.backupMissing(backup))
        }
        try FilePrivacy.createFolders(for: path)
        let staging = path + ".restoring-\(getpid())"
        BackupFile.remove(staging)
        defer { BackupFile.remove(staging) }
        try stage(backup, into: staging)
        let problems = try openPool(path: staging) { pool in
            try Schema.migrator.migrate(pool)
            defer { try? pool.close() }
            return try verify(AppDatabase(pool: pool, pinHasher: .standard, lockout: .standard))
        }
        guard problems.isEmpty else { throw StorageError(.badBackup, SafetyMessages.checkFailed(backup, problems.count)) }
        let keptAs = try replace(path, with: staging, stamp: stamp)
        let restored = try open(path: path)
        try restored.audited(by: nil, at: at) { _ in
            ((), [AuditEvent(action: "database.restored", entity: "database", entityID: nil,
                             detail: ["from": backup, "kept_as": keptAs ?? ""])])
        }
        return RestoreOutcome(keptAs: keptAs, auditRows: try restored.verifyAuditChain().count)
    }

    // MARK: - Checking the backup

    /// Copies `backup` into the new file `staging` and checks that it is a sound 百事汇 database.
    static func stage(_ backup: String, into staging: String) throws {
        do {
            let source = try DatabaseQueue(path: backup)
            defer { try? source.close() }
            try source.read { db in try requireBaishihui(backup, db) }
            try BackupFile.copy(from: source, toNew: staging, reportingAs: staging)
        } catch let error as DatabaseError {
            throw StorageError(.badBackup, SafetyMessages.notADatabase(backup, error.message ?? "\(error.resultCode)"))
        }
        let copy = try DatabaseQueue(path: staging)
        defer { try? copy.close() }
        let problems = try copy.read { db in try integrityProblems(in: db) }
        guard problems.isEmpty else { throw StorageError(.badBackup, SafetyMessages.integrityFailed(backup, problems)) }
    }

    /// Refuses a file without 百事汇's migrations and committee, or with migrations this version does not know.
    static func requireBaishihui(_ backup: String, _ db: Database) throws {
        guard try db.tableExists("grdb_migrations"), try db.tableExists("committee"),
              try Int.fetchOne(db, sql: "SELECT count(*) FROM committee") == 1 else {
            throw StorageError(.badBackup, SafetyMessages.notBaishihui(backup))
        }
        let known = Set(Schema.migrator.migrations)
        let unknown = try Schema.migrator.appliedIdentifiers(db).subtracting(known)
        guard unknown.isEmpty else { throw StorageError(.badBackup, SafetyMessages.newerVersion(backup, unknown.sorted())) }
    }

    // MARK: - Replacing

    /// Puts the staged content in place of `path` and returns where the replaced content was kept.
    static func replace(_ path: String, with staging: String, stamp: String) throws -> String? {
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
                try BackupFile.write(from: live, to: kept)
                let staged = try DatabaseQueue(path: staging)
                defer { try? staged.close() }
                try staged.backup(to: live)
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
            throw StorageError(.badBackup, SafetyMessages.cannotWriteBackup(to, String(cString: strerror(errno))))
        }
        FilePrivacy.syncFolder(of: to)
    }
}
