import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// Issue 19: a phone is kept as typed ("021-62345678", not "02162345678"); the database's CHECK
/// allows what `Phone.validate` allows, and `v26-phones-as-typed` rebuilt the tables to say so
/// without losing a row, an index or a trigger.
@Suite struct PhoneAsTypedTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }

    init() throws { fixture = try DatabaseFixture() }

    static func household(_ phone: String) -> Household {
        Household(id: 0, room: "12号楼301室", tags: [], head: "张桂英", members: "独居", phone: phone, zone: nil)
    }

    @Test("a household's and a reception's phone are stored as typed")
    func storedAsTyped() throws {
        let added = try db.addHousehold(Self.household(" 021-62345678 "), by: fixture.admin.id, at: Fixture.start)
        #expect(added.phone == "021-62345678")
        #expect(try db.household(room: "12号楼301室")?.phone == "021-62345678")
        let record = try db.addReception(ReceptionDraft(at: Fixture.start, residentName: "张桂英", room: "", phone: "+86 138 1234 1234",
                                                        category: "社会救助", question: "低保怎么申请"),
                                         by: fixture.admin.id, at: Fixture.start)
        #expect(try db.rawString("SELECT phone FROM reception WHERE id = ?", [record.id]) == "+86 138 1234 1234")
    }

    @Test("writing the same number another way is not a change of the phone")
    func sameDigitsAreNoChange() throws {
        let added = try db.addHousehold(Self.household("13812341234"), by: fixture.admin.id, at: Fixture.start)
        var edited = added
        edited.phone = "138-1234-1234"
        edited.head = "张桂英女儿"
        let (_, changes) = try db.updateHousehold(edited, by: fixture.admin.id, at: Fixture.start)
        #expect(changes.map(\.label) == ["户主姓名"])
    }

    @Test("the CHECK takes digits, spaces, dashes and a leading +, and refuses the rest",
          arguments: [("021-6234 5678", true), ("+86 13812341234", true), ("138a1234123", false),
                      ("138+12341234", false), ("138_1234_1234", false)])
    func check(_ phone: String, _ allowed: Bool) throws {
        let insert = "INSERT INTO household (room, phone, created_at) VALUES ('1号', ?, 'x')"
        if allowed {
            try db.rawWrite(insert, [phone])
        } else {
            #expect(throws: DatabaseError.self) { try db.rawWrite(insert, [phone]) }
        }
    }

    @Test("the migration keeps an older file's rows, ids, indexes and triggers")
    func migrationKeepsEverything() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: Migration.policyAliasesPinyinText.rawValue)
        func dependents(_ db: Database) throws -> [String] {
            try String.fetchAll(db, sql: """
                SELECT type || ' ' || name FROM sqlite_master WHERE tbl_name IN ('household', 'reception')
                AND type IN ('index', 'trigger') ORDER BY name
                """)
        }
        let before = try queue.write { db in
            try db.execute(sql: """
                INSERT INTO person (id, name, created_at) VALUES (1, '王书记', 'x');
                INSERT INTO household (id, room, phone, created_at) VALUES (7, '12号301室', '13812341234', 'x');
                INSERT INTO reception (id, at, day, worker_id, resident_name, phone, category, question, outcome, created_at)
                VALUES (9, '2026-11-01 02:00:00.000', '2026-11-01', 1, '张桂英', '02162345678', '社会救助', '低保', 'done', 'x');
                INSERT INTO reception_signature (reception_id, at, by_id) VALUES (9, 'x', 1);
                """)
            return try dependents(db)
        }
        try Schema.migrator.migrate(queue)
        try queue.write { db in
            #expect(try dependents(db) == before)
            #expect(try String.fetchOne(db, sql: "SELECT phone FROM household WHERE id = 7") == "13812341234")
            #expect(try String.fetchOne(db, sql: "SELECT phone FROM reception WHERE id = 9") == "02162345678")
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM household WHERE id = 7") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE reception SET question = '改' WHERE id = 9") }
            try db.execute(sql: "UPDATE household SET phone = '021-6234 5678' WHERE id = 7")
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'reception'") ?? ""
            #expect(sql.contains(Schema.phoneCheck))
        }
    }
}
