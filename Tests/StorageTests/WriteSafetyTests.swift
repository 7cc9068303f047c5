import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// Writes that cannot happen (a full disk, a read-only file, a database held by another
/// program) are refused in Chinese and lose nothing already saved; two programs on one file both work.
@Suite struct WriteSafetyTests {
    // MARK: - Two terminals

    @Test func twoProgramsOnOneFileBothWriteAndTheAuditChainHolds() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let (first, admin) = try temp.initialized()
        let second = try temp.open()
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let database = side == 0 ? first : second
            for n in 0..<25 {
                do { _ = try database.addWorker("社工\(side)-\(n)", by: admin) } catch { failures.add(error) }
            }
        }
        #expect(failures.all.isEmpty)
        #expect(try first.people(includeInactive: true).count == 51)
        #expect(try second.people(includeInactive: true).count == 51)
        let chain = try second.verifyAuditChain()
        #expect(chain.isIntact && chain.count == 52)
    }

    @Test func aWriteWaitsForAnotherProgramsTransactionInsteadOfFailingAndSaysSoOnce() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let (database, admin) = try temp.initialized()
        let notices = Failures()
        database.onBusyWait { notices.add(StorageError(.busy, "waiting")) }
        _ = try database.addWorker("王芳", by: admin)
        #expect(notices.all.isEmpty, "nobody holds the file: no wait, no notice")
        let other = try DatabaseQueue(path: temp.path)
        let holding = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? other.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                holding.signal()
                Thread.sleep(forTimeInterval: 1)
                try db.execute(sql: "COMMIT")
            }
            released.signal()
        }
        holding.wait()
        let added = try database.addWorker("李明", by: admin)
        released.wait()
        #expect(notices.all.count == 1, "one notice for the one wait, not one per retry")
        #expect(try database.people(includeInactive: true).contains(added))
    }

    @Test func aBusyDatabaseIsExplainedNotShownAsDatabaseIsLocked() {
        let refusal = StorageError.fileFailure(DatabaseError(resultCode: .SQLITE_BUSY), path: "/x.sqlite", busySeconds: 15)
        #expect(refusal?.kind == .busy)
        #expect(refusal?.message.contains("等了 15 秒") == true && refusal?.message.contains("之前保存的记录都在") == true)
        #expect(StorageError.fileFailure(DatabaseError(resultCode: .SQLITE_CONSTRAINT), path: "/x", busySeconds: 1) == nil)
    }

    // MARK: - Full disk

    @Test func aFullDiskIsAClearRefusalAndEverySavedRecordStays() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let (database, admin) = try temp.initialized()
        let pages = try #require(try database.rawInt("PRAGMA page_count"))
        try database.rawWrite("PRAGMA max_page_count = \(pages + 2)")
        var saved = [Person]()
        var refusal: StorageError?
        for n in 0..<400 where refusal == nil {
            do {
                saved.append(try database.addPerson(name: "社工\(n)", roles: [.worker], zone: String(repeating: "片", count: FieldText.shortLength),
                                                    pin: nil, by: admin.id, at: Fixture.start))
            } catch let error as StorageError { refusal = error }
        }
        #expect(refusal?.kind == .diskFull)
        #expect(refusal?.message.contains("磁盘已满") == true && refusal?.message.contains("本次未保存") == true)
        #expect(!saved.isEmpty)
        let stored = try database.people(includeInactive: true)
        #expect(saved.allSatisfy(stored.contains))
        #expect(try database.integrityProblems().isEmpty)
        #expect(try database.verifyAuditChain().isIntact)
        try database.rawWrite("PRAGMA max_page_count = 1073741823")
        #expect(try database.addWorker("空间清理之后", by: admin).name == "空间清理之后")
    }

    // MARK: - Read-only

    @Test func aFileThatTurnsReadOnlyIsAClearRefusalAndLosesNothing() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let (database, admin) = try temp.initialized()
        let before = try database.addWorker("李明", by: admin)
        try database.rawWrite("PRAGMA query_only = 1")   // SQLite answers SQLITE_READONLY as for a read-only file
        let refusal = storageRefusal { _ = try database.addWorker("张伟", by: admin) }
        #expect(refusal?.kind == .readOnly)
        #expect(refusal?.message.contains("已变为只读") == true && refusal?.message.contains("chmod 600") == true)
        #expect(Set(try database.people(includeInactive: true).map(\.name)) == ["王书记", before.name])
        try database.rawWrite("PRAGMA query_only = 0")
        #expect(try database.addWorker("张伟", by: admin).name == "张伟")
    }

    /// Errors collected from several threads.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors = [Error]()
        func add(_ error: Error) { lock.withLock { errors.append(error) } }
        var all: [Error] { lock.withLock { errors } }
    }

    private func storageRefusal(_ body: () throws -> Void) -> StorageError? {
        do { try body() } catch let error as StorageError { return error } catch {}
        return nil
    }
}
