import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// The audit log: every write leaves a chained row, rows cannot be changed, tampering is found.
@Suite struct AuditTests {
    let fixture: DatabaseFixture
    var database: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws {
        fixture = try DatabaseFixture()
    }

    @Test func everyWriteAppendsAChainedRow() throws {
        let worker = try database.addWorker("李四", by: admin)
        _ = try database.setRoles([.worker, .trainer], for: worker.id, by: admin.id, at: Fixture.start)
        _ = try database.setOwnPin(for: worker.id, pin: "1357", at: Fixture.start)
        _ = try database.verifyLogin(personID: worker.id, pin: "0000", now: Fixture.start)
        let entries = try database.auditEntries(limit: 100)
        #expect(entries.map(\.action) == [
            "login.failed", "person.pin.set", "person.roles", "person.add", "person.add", "committee.create",
        ])
        #expect(entries.map(\.id) == [6, 5, 4, 3, 2, 1])
        #expect(entries.last?.prevHash == AuditLog.genesisHash)
        for (newer, older) in zip(entries, entries.dropFirst()) {
            #expect(newer.prevHash == older.hash)
        }
        #expect(try database.verifyAuditChain() == AuditChainReport(count: 6, firstBrokenID: nil))
    }

    @Test func theDetailIsSortedJSONWithoutThePin() throws {
        _ = try database.addPerson(name: "李四", roles: [.worker], zone: "二片", pin: "97531", by: admin.id, at: Fixture.start)
        let added = try #require(try database.auditEntries(limit: 1).first)
        #expect(added.detail == #"{"hasPin":"true","name":"李四","roles":"社工","source":"manual","zone":"二片"}"#)
    }

    @Test func triggersRefuseUpdateAndDelete() throws {
                #expect(throws: DatabaseError.self) { try database.rawWrite("UPDATE audit_log SET action = 'x' WHERE id = 1") }
        #expect(throws: DatabaseError.self) { try database.rawWrite("DELETE FROM audit_log WHERE id = 2") }
        #expect(try database.rawString("SELECT action FROM audit_log WHERE id = 1") == "committee.create")
        #expect(try database.verifyAuditChain().count == 2)
    }

    @Test func aChangedRowIsReportedByItsID() throws {
        for name in ["李四", "张三", "赵六"] { _ = try database.addWorker(name, by: admin) }
        try database.rawWrite("DROP TRIGGER audit_log_no_update")
        try database.rawWrite(#"UPDATE audit_log SET detail = '{"name":"钱七"}' WHERE id = 4"#)
        #expect(try database.verifyAuditChain() == AuditChainReport(count: 5, firstBrokenID: 4))
    }

    @Test func aRehashedRowBreaksTheNextLinkAndADeletedRowIsFound() throws {
        for name in ["李四", "张三", "赵六"] { _ = try database.addWorker(name, by: admin) }
        try database.rawWrite("DROP TRIGGER audit_log_no_update")
        try database.rawWrite("UPDATE audit_log SET hash = ? WHERE id = 3", [String(repeating: "a", count: 64)])
        #expect(try database.verifyAuditChain().firstBrokenID == 3)
        try database.rawWrite("DROP TRIGGER audit_log_no_delete")
        try database.rawWrite("DELETE FROM audit_log WHERE id = 3")
        #expect(try database.verifyAuditChain() == AuditChainReport(count: 4, firstBrokenID: 4))
    }

    @Test func aRefusedWriteLeavesNoAuditRow() throws {
        _ = try database.addWorker("李四", by: admin)
        _ = try? database.addWorker("李四", by: admin)
        #expect(try database.verifyAuditChain().count == 3)
    }

    @Test func theCanonicalFormTellsTypesAndBoundariesApart() {
        #expect(AuditLog.canonical(["ab".databaseValue, "c".databaseValue]) != AuditLog.canonical(["a".databaseValue, "bc".databaseValue]))
        #expect(AuditLog.canonical([1.databaseValue]) != AuditLog.canonical(["1".databaseValue]))
        #expect(AuditLog.canonical([DatabaseValue.null]) != AuditLog.canonical(["".databaseValue]))
    }
}
