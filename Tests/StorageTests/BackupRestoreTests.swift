import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// Backups made with SQLite's online backup, the rolling daily ones, and a restore that checks first.
@Suite struct BackupRestoreTests {
    let fixture: DatabaseFixture
    var database: AppDatabase { fixture.database }
    var folder: URL { fixture.temp.folder }

    init() throws { fixture = try DatabaseFixture() }

    // MARK: - Backup

    @Test func aBackupIsAWholePrivateSingleFileDatabase() throws {
        _ = try database.addWorker("李明", by: fixture.admin)
        let file = folder.appendingPathComponent("copy.sqlite").path
        try database.backup(to: file)
        #expect(FilePrivacy.mode(of: file) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: file + "-wal"))
        #expect(try headerVersion(of: file) == 1, "rollback-journal mode: one file to carry away")
        let copy = try AppDatabase.open(path: file, pinHasher: .insecureFastForTests)
        #expect(try copy.people(includeInactive: true).map(\.name).sorted() == ["李明", "王书记"])
        #expect(try copy.verifyAuditChain().isIntact)
    }

    @Test func aBackupNeverOverwritesAFile() throws {
        let file = folder.appendingPathComponent("copy.sqlite").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: file))
        #expect(refusal { try database.backup(to: file) }?.kind == .badBackup)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
    }

    @Test func theDailyBackupIsMadeOnceADayAndOnlyTheNewestAreKept() throws {
        let now = Fixture.start
        #expect(try database.keepDailyBackup(day: "2024-03-01", keep: 3, now: now) != nil)
        #expect(try database.keepDailyBackup(day: "2024-03-01", keep: 3, now: now) == nil, "already made today")
        let kept = database.backupFolder + "/before-restore-20240301-090000.sqlite"
        try BackupFile.write(from: database.pool, to: kept)
        for day in ["2024-03-02", "2024-03-03", "2024-03-04"] { try database.keepDailyBackup(day: day, keep: 3, now: now) }
        let names = try FileManager.default.contentsOfDirectory(atPath: database.backupFolder).sorted()
        #expect(names == ["2024-03-02.sqlite", "2024-03-03.sqlite", "2024-03-04.sqlite", "before-restore-20240301-090000.sqlite"])
        #expect(FilePrivacy.mode(of: database.backupFolder) == 0o700)
        #expect(FilePrivacy.mode(of: database.backupFolder + "/2024-03-04.sqlite") == 0o600)
        #expect(try database.keepDailyBackup(day: "2024-03-05", keep: 0, now: now) == nil, "0 turns them off")
    }

    @Test func aCopyLeftHalfWrittenByACrashIsClearedAway() throws {
        try database.keepDailyBackup(day: "2024-03-01", keep: 7, now: Fixture.start)
        let partial = database.backupFolder + "/2024-03-02.sqlite.partial-99999"
        try Data("half".utf8).write(to: URL(fileURLWithPath: partial))
        try database.keepDailyBackup(day: "2024-03-02", keep: 7, now: Date().addingTimeInterval(3600))   // file times are real
        #expect(!FileManager.default.fileExists(atPath: partial))
    }

    // MARK: - Restore

    @Test func aRestorePutsTheBackupBackAndKeepsWhatItReplaced() throws {
        _ = try database.addWorker("李明", by: fixture.admin)
        let file = folder.appendingPathComponent("monday.sqlite").path
        try database.backup(to: file)
        _ = try database.addWorker("张伟", by: fixture.admin)
        var checked = 0
        let outcome = try AppDatabase.restore(from: file, to: fixture.temp.path, at: Fixture.minutes(5), stamp: "20240301-090500") { staged in
            checked = try staged.people(includeInactive: true).count
            return []
        }
        #expect(checked == 2, "verify ran on the staged backup")
        #expect(try names(fixture.temp.path) == ["李明", "王书记"])
        #expect(try database.people(includeInactive: true).count == 2, "an open program sees the restored content")
        let kept = try #require(outcome.keptAs)
        #expect(kept.hasSuffix(".backups/before-restore-20240301-090500.sqlite"))
        #expect(try names(kept) == ["张伟", "李明", "王书记"])
        let restored = try fixture.temp.open()
        #expect(try restored.auditEntries(limit: 1).first?.action == "database.restored")
        #expect(try restored.verifyAuditChain().isIntact)
        #expect(try leftovers().isEmpty)
    }

    @Test func aRestoreOntoAMissingDatabaseCreatesIt() throws {
        let file = folder.appendingPathComponent("copy.sqlite").path
        try database.backup(to: file)
        let target = folder.appendingPathComponent("new/baishihui.sqlite").path
        let outcome = try AppDatabase.restore(from: file, to: target, at: Fixture.start, stamp: "x") { _ in [] }
        #expect(outcome.keptAs == nil)
        #expect(FilePrivacy.mode(of: target) == 0o600)
        #expect(try names(target) == ["王书记"])
    }

    @Test func aDamagedDatabaseIsMovedAsideAndReplaced() throws {
        let file = folder.appendingPathComponent("copy.sqlite").path
        try database.backup(to: file)
        let target = folder.appendingPathComponent("broken.sqlite").path
        _ = FileManager.default.createFile(atPath: target, contents: Data(repeating: 0x41, count: 8192), attributes: [.posixPermissions: 0o600])
        let outcome = try AppDatabase.restore(from: file, to: target, at: Fixture.start, stamp: "s") { _ in [] }
        #expect(outcome.keptAs?.hasSuffix("damaged-s.sqlite") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: try #require(outcome.keptAs))).count == 8192)
        #expect(try names(target) == ["王书记"])
    }

    @Test(arguments: ["garbage", "plain", "newer", "failsCheck"])
    func aBadBackupIsRefusedAndTheDatabaseIsUntouched(_ kind: String) throws {
        let file = folder.appendingPathComponent("bad.sqlite").path
        var problems: [String] = []
        switch kind {
        case "garbage": try Data(repeating: 0x42, count: 5000).write(to: URL(fileURLWithPath: file))
        case "plain": try DatabaseQueue(path: file).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        case "newer":
            try database.backup(to: file)
            try DatabaseQueue(path: file).write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')") }
        default:
            try database.backup(to: file)
            problems = ["台账余额不符"]
        }
        _ = try database.addWorker("李明", by: fixture.admin)
        let refusal = refusal {
            _ = try AppDatabase.restore(from: file, to: fixture.temp.path, at: Fixture.start, stamp: "s") { _ in problems }
        }
        #expect(refusal?.kind == .badBackup)
        #expect(refusal?.message.contains("未恢复") == true || refusal?.message.contains("不是") == true)
        #expect(try names(fixture.temp.path) == ["李明", "王书记"])
        #expect(try leftovers().isEmpty)
    }

    // MARK: - Restore refuses a changed schema, demo data over real, foreign files (issue 17 item 8)

    @Test(arguments: [
        ("DROP TRIGGER ledger_entry_no_update; DROP TRIGGER ledger_entry_no_delete", "触发器 ledger_entry_no_update"),
        ("CREATE TABLE stash (x TEXT)", "表 stash"),
        ("CREATE VIEW people AS SELECT name FROM person", "视图 people"),
        ("CREATE TRIGGER hush AFTER INSERT ON audit_log BEGIN SELECT 1; END", "触发器 hush"),
        ("DROP INDEX appointment_date; CREATE INDEX appointment_date ON appointment(date)", "索引 appointment_date 的定义"),
    ])
    func aBackupWhoseSchemaWasChangedIsRefused(_ change: String, _ named: String) throws {
        let file = folder.appendingPathComponent("changed.sqlite").path
        try database.backup(to: file)
        try DatabaseQueue(path: file).writeWithoutTransaction { db in try db.execute(sql: change) }
        _ = try database.addWorker("李明", by: fixture.admin)
        let refusal = refusal {
            _ = try AppDatabase.restore(from: file, to: fixture.temp.path, at: Fixture.start, stamp: "s") { _ in [] }
        }
        #expect(refusal?.kind == .badBackup)
        #expect(refusal?.message.contains("数据库结构与本版本百事汇建立的不同") == true)
        #expect(refusal?.message.contains(named) == true, "\(refusal?.message ?? "")")
        #expect(try names(fixture.temp.path) == ["李明", "王书记"])
        #expect(try leftovers().isEmpty)
    }

    @Test func anUnchangedBackupHasTheSchemaThisVersionCreates() throws {
        let file = folder.appendingPathComponent("same.sqlite").path
        try database.backup(to: file)
        let shape = try DatabaseQueue(path: file).read(SchemaShape.read)
        #expect(shape.differences(from: try SchemaShape.expected()).isEmpty)
        #expect(shape.objects.keys.contains(SchemaShape.Key(type: "trigger", name: "ledger_entry_no_update")))
    }

    @Test func aPracticeDatabaseIsNeverRestoredOverARealOne() throws {
        let practice = try TempDatabase()
        defer { practice.remove() }
        let (sandbox, _) = try practice.initialized()
        try sandbox.markSandbox(by: nil, at: Fixture.start)
        let file = folder.appendingPathComponent("practice.sqlite").path
        try sandbox.backup(to: file)
        _ = try database.addWorker("李明", by: fixture.admin)
        let refusal = refusal {
            _ = try AppDatabase.restore(from: file, to: fixture.temp.path, at: Fixture.start, stamp: "s") { _ in [] }
        }
        #expect(refusal?.kind == .badBackup)
        #expect(refusal?.message.contains("演示或练习数据库") == true)
        #expect(try names(fixture.temp.path) == ["李明", "王书记"])
        let fresh = folder.appendingPathComponent("fresh/baishihui.sqlite").path
        _ = try AppDatabase.restore(from: file, to: fresh, at: Fixture.start, stamp: "s") { _ in [] }
        #expect(try names(fresh) == ["王书记"], "onto no database at all it is restored")
        _ = try AppDatabase.restore(from: file, to: practice.path, at: Fixture.start, stamp: "p") { _ in [] }
    }

    @Test(arguments: ["garbage", "foreignMigrations", "foreignCommittee"])
    func aForeignFileIsRefusedInChinese(_ kind: String) throws {
        let file = folder.appendingPathComponent("foreign.sqlite").path
        switch kind {
        case "garbage": try Data(repeating: 0x42, count: 5000).write(to: URL(fileURLWithPath: file))
        case "foreignMigrations":
            try DatabaseQueue(path: file).write { db in
                try db.execute(sql: "CREATE TABLE grdb_migrations (step INTEGER); CREATE TABLE committee (x); INSERT INTO committee VALUES (1)")
            }
        default:
            try DatabaseQueue(path: file).write { db in
                try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); CREATE TABLE committee (x); INSERT INTO committee VALUES (1)")
            }
        }
        let refusal = refusal {
            _ = try AppDatabase.restore(from: file, to: fixture.temp.path, at: Fixture.start, stamp: "s") { _ in [] }
        }
        let message = try #require(refusal?.message)
        let withoutPath = message.replacingOccurrences(of: file, with: "").replacingOccurrences(of: "SQLite", with: "")
        #expect(!withoutPath.contains { $0.isASCII && $0.isLetter }, "no SQLite English: \(message)")
        #expect(message.contains("未恢复"))
        #expect(try names(fixture.temp.path) == ["王书记"])
    }

    // MARK: - Helpers

    private func names(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM person ORDER BY name") }
    }

    /// SQLite's file format version (byte 18): 1 for rollback journal, 2 for WAL.
    private func headerVersion(of path: String) throws -> UInt8 {
        try Data(contentsOf: URL(fileURLWithPath: path))[18]
    }

    /// Staging or partial files left beside the database.
    private func leftovers() throws -> [String] {
        let dir = URL(fileURLWithPath: fixture.temp.path).deletingLastPathComponent().path
        return try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".restoring-") || $0.contains(".partial-") }
    }

    private func refusal(_ body: () throws -> Void) -> StorageError? {
        do { try body() } catch let error as StorageError { return error } catch {}
        return nil
    }
}
