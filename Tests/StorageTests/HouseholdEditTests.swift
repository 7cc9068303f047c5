import Domain
import Foundation
import Testing
@testable import Storage

/// Editing a household: its row is updated (visits point at it by id) and the old value of each
/// changed field is kept in the audit log, the phone masked.
@Suite struct HouseholdEditTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    let household: Household
    static let at = VisitStorageTests.shanghai(30, 12)

    init() throws {
        fixture = try DatabaseFixture()
        household = try fixture.database.addHousehold(
            Household(id: 0, room: "12号楼301室", tags: ["独居老人"], head: "张桂英", members: "独居", phone: "13812341234", zone: "一片"),
            by: fixture.admin.id, at: Self.at)
    }

    func detail(_ entry: AuditEntry) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(entry.detail.utf8))
    }

    @Test func anEditUpdatesTheRowAndAuditsTheOldValues() throws {
        _ = try db.addVisit(VisitDraft(at: Self.at, residentName: "张桂英", room: "12号楼301室", reason: "日常走访"),
                            by: fixture.admin.id, at: Self.at, addHousehold: false)
        var edited = household
        edited.head = "张桂英女儿"
        edited.phone = "021-6254 1234"
        edited.tags = ["独居老人", "困难家庭"]
        edited.zone = "二片"
        let (after, changes) = try db.updateHousehold(edited, by: fixture.admin.id, at: Self.at)
        #expect(after.id == household.id && after.phone == "021-6254 1234" && after.tags == ["独居老人", "困难家庭"])
        #expect(try db.household(room: "12号楼301室") == after)
        #expect(changes.map(\.label) == ["户主姓名", "联系电话", "标签", "片区"])
        #expect(try db.visits(household: household.id).count == 1, "the visits still belong to the household")
        let entry = try #require(try db.auditEntries(limit: 1).first)
        let d = try detail(entry)
        #expect(entry.action == "household.update" && entry.entityID == household.id)
        #expect(d["from.户主姓名"] == "张桂英" && d["to.户主姓名"] == "张桂英女儿")
        #expect(d["from.标签"] == "独居老人" && d["from.片区"] == "一片")
        #expect(d["from.联系电话"] == "138****1234" && d["to.联系电话"] == "021****1234", "the log never holds a whole number")
        #expect(d["from.家庭成员情况"] == nil)
        #expect(try db.verifyAuditChain().isIntact)
    }

    @Test func theRoomStaysAndAnEditThatChangesNothingIsRefused() throws {
        var moved = household
        moved.room = "13号楼101室"
        moved.members = "独居，子女在外地"
        let (after, _) = try db.updateHousehold(moved, by: fixture.admin.id, at: Self.at)
        #expect(after.room == "12号楼301室")
        #expect(storageErrorKind { _ = try db.updateHousehold(after, by: fixture.admin.id, at: Self.at) } == .invalidInput)
    }

    @Test func aBadPhoneIsRefusedAndNothingIsWritten() throws {
        var bad = household
        bad.phone = "12ab"
        bad.head = "别人"
        let entries = try db.auditEntries(limit: 100).count
        #expect(storageErrorKind { _ = try db.updateHousehold(bad, by: fixture.admin.id, at: Self.at) } == .invalidInput)
        #expect(try db.household(room: "12号楼301室") == household)
        #expect(try db.auditEntries(limit: 100).count == entries)
    }
}
