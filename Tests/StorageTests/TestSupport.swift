import Domain
import Foundation
import GRDB
@testable import Storage

/// A database in a fresh temporary folder, opened through the real migrator with cheap scrypt.
struct TempDatabase {
    let folder: URL
    let path: String

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("baishihui-storage-tests-\(UUID().uuidString)")
        path = folder.appendingPathComponent("nested/dir/baishihui.sqlite").path
    }

    /// Opens (or reopens) the file, as the program does at start.
    func open() throws -> AppDatabase {
        try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
    }

    /// A database with the committee and its secretary (PIN 2468) already recorded.
    func initialized() throws -> (AppDatabase, Person) {
        let database = try open()
        let admin = try database.initialize(
            committee: Fixture.committee, adminName: "王书记", adminRoles: [.secretary, .worker],
            pin: Fixture.adminPin, at: Fixture.start)
        return (database, admin)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// An initialized database for one test, whose folder is removed when the test's suite instance goes.
final class DatabaseFixture {
    let temp: TempDatabase
    let database: AppDatabase
    let admin: Person

    init() throws {
        temp = try TempDatabase()
        (database, admin) = try temp.initialized()
    }

    deinit { temp.remove() }
}

/// Fixed values shared by the tests; the clock is always passed in.
enum Fixture {
    static let committee = Committee(name: "长征镇梅川一居委会", streetOffice: "长征镇")
    static let adminPin = "2468"
    /// 2024-03-01 09:00 in Shanghai.
    static let start = Date(timeIntervalSince1970: 1_709_254_800)

    static func minutes(_ count: Double) -> Date {
        start.addingTimeInterval(count * 60)
    }
}

extension AppDatabase {
    /// Raw SQL for tests that must go around the API, such as tampering with the audit log.
    func rawWrite(_ sql: String, _ arguments: StatementArguments = []) throws {
        try pool.writeWithoutTransaction { db in try db.execute(sql: sql, arguments: arguments) }
    }

    func rawInt(_ sql: String, _ arguments: StatementArguments = []) throws -> Int? {
        try pool.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) }
    }

    func rawString(_ sql: String, _ arguments: StatementArguments = []) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: sql, arguments: arguments) }
    }

    /// Adds a worker without a PIN, as the secretary.
    func addWorker(_ name: String, by admin: Person, pin: String? = nil) throws -> Person {
        try addPerson(name: name, roles: [.worker], zone: "一片", pin: pin, by: admin.id, at: Fixture.start)
    }
}

/// The `StorageError.Kind` that `body` throws, or nil if it throws something else or nothing.
func storageErrorKind(_ body: () throws -> Void) -> StorageError.Kind? {
    do {
        try body()
        return nil
    } catch let error as StorageError {
        return error.kind
    } catch {
        return nil
    }
}
