import Domain
import Foundation
import Testing
@testable import Storage

/// The visit log's links to the reception desk through the real migrator: a difficulty becomes a
/// 待回复 record on the follow-up list, once; a household's records are found by its exact room.
@Suite struct VisitFollowUpTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    let rules = try! RuleBook.bundled().ruleSets.last!
    let calendar = try! WorkingDayCalendar.bundled()

    init() throws { fixture = try DatabaseFixture() }

    /// A visit to `room` on Friday 2026-11-27, with `difficulty`.
    func visit(_ room: String = "12号楼301室", difficulty: String = "腿脚不便，希望有人代购药品") throws -> VisitRecord {
        let draft = VisitDraft(at: ReceptionStorageTests.at("2026-11-27", hour: 9), residentName: "张桂英", room: room,
                               reason: "日常走访", difficulty: difficulty, kind: .special)
        return try db.addVisit(draft, by: admin.id, at: ReceptionStorageTests.at("2026-11-27", hour: 10), addHousehold: true)
    }

    @Test func aDifficultyBecomesARecordAwaitingAReplyOnTheFollowUpList() throws {
        let v = try visit()
        let r = try db.addReceptionFollowUp(fromVisit: v.id, by: admin.id, at: ReceptionStorageTests.at("2026-11-27", hour: 11),
                                            calendar: calendar, rules: rules)
        let c = r.content
        #expect(c.residentName == "张桂英" && c.room == "12号楼301室" && c.question == "腿脚不便，希望有人代购药品")
        #expect(c.outcome == .awaitingReply && c.category == VisitFollowUp.category)
        #expect(c.actionTaken.contains("见走访记录第 \(v.id) 号"), "the visit is named")
        #expect(c.replyDue == LocalDate(iso: "2026-12-02"), "Friday + 3 working days, the weekend skipped")
        #expect(try db.receptionFollowUps().map(\.id) == [r.id])
        #expect(try db.rawString("SELECT json_extract(detail, '$.visit') FROM audit_log ORDER BY id DESC LIMIT 1") == String(v.id))
    }

    @Test func aVisitIsHandedOverOnceAndOnlyWithADifficulty() throws {
        let v = try visit()
        let at = ReceptionStorageTests.at("2026-11-27", hour: 11)
        _ = try db.addReceptionFollowUp(fromVisit: v.id, by: admin.id, at: at, calendar: calendar, rules: rules)
        #expect(storageErrorKind { _ = try db.addReceptionFollowUp(fromVisit: v.id, by: admin.id, at: at, calendar: calendar, rules: rules) }
                == .invalidInput)
        let quiet = try visit("3号楼101室", difficulty: "  ")
        #expect(storageErrorKind { _ = try db.addReceptionFollowUp(fromVisit: quiet.id, by: admin.id, at: at, calendar: calendar, rules: rules) }
                == .invalidInput)
        #expect(try db.receptionFollowUps().count == 1)
    }

    @Test func aHouseholdsRecordsAreThoseNamingExactlyItsRoomAsCorrected() throws {
        var other = ReceptionStorageTests.draft()
        other.room = "112号楼301室"
        let own = try db.addReception(ReceptionStorageTests.draft(), by: admin.id, at: ReceptionStorageTests.at("2026-11-27"))
        _ = try db.addReception(other, by: admin.id, at: ReceptionStorageTests.at("2026-11-27"))
        let moved = try db.addReception(ReceptionStorageTests.draft(), by: admin.id, at: ReceptionStorageTests.at("2026-11-27"))
        var corrected = moved.content
        corrected.room = "5号楼101室"
        _ = try db.amendReception(moved.id, content: corrected, reason: "楼室号写错", by: admin.id, at: ReceptionStorageTests.at("2026-11-28"))
        #expect(try db.receptions(room: "12号楼301室").map(\.id) == [own.id])
        #expect(try db.receptions(room: "5号楼101室").map(\.id) == [moved.id])
        #expect(try db.receptions(room: "").isEmpty)
    }
}
