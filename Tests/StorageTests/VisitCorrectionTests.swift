import Domain
import Foundation
import Testing
@testable import Storage

/// Corrections through the real migrator: a new row that names the one it replaces, never an
/// update; lists and the quota see only the latest version.
@Suite struct VisitCorrectionTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    static let november = Month(year: 2026, month: 11)!
    static let late = VisitStorageTests.shanghai(30, 12)

    init() throws {
        fixture = try DatabaseFixture()
        for room in ["1号楼101室", "1号楼102室"] {
            _ = try fixture.database.addHousehold(Household(id: 0, room: room, head: "张阿姨", zone: "一片"),
                                                  by: fixture.admin.id, at: Self.late)
        }
    }

    func visit(_ room: String = "1号楼101室", by worker: Int64? = nil) throws -> VisitRecord {
        let draft = VisitDraft(at: VisitStorageTests.shanghai(5, 10), residentName: "张阿姨", room: room, reason: "日常走访")
        return try db.addVisit(draft, by: worker ?? admin.id, at: Self.late, addHousehold: false)
    }

    func correct(_ v: VisitRecord, by actor: Int64? = nil, _ change: (inout VisitDraft) -> Void) throws -> VisitRecord {
        var draft = v.draft
        change(&draft)
        return try db.correctVisit(v.id, with: draft, reason: "录入有误", by: actor ?? admin.id, at: Self.late.addingTimeInterval(60))
    }

    func counted() throws -> Int {
        VisitQuota.households(of: admin.id, in: Self.november, visits: try db.visits(in: Self.november).map(\.visit))
    }

    /// Every column of visit `id`, as SQLite holds it.
    func rawRow(_ id: Int64) throws -> String? {
        try db.rawString("SELECT json_array(id, at, day, worker_id, household_id, resident_name, members, reason, difficulty, remark, kind, created_at, corrects, correction_reason, corrected_by) FROM visit WHERE id = ?", [id])
    }

    // MARK: - Counting

    @Test func theQuotaCountsACorrectedVisitOnce() throws {
        let original = try visit()
        _ = try correct(original) { $0.reason = "送慰问" }
        #expect(try db.rawInt("SELECT count(*) FROM visit") == 2)
        #expect(try db.visits(in: Self.november).map(\.reason) == ["送慰问"])
        #expect(try counted() == 1)
        #expect(try db.visits(household: original.householdID).count == 1)
    }

    @Test func aCorrectedRoomMovesTheVisitToTheOtherHousehold() throws {
        let original = try visit()
        let fixed = try correct(original) { $0.room = "1号楼102室" }
        #expect(try counted() == 1)
        #expect(try db.visits(household: original.householdID).isEmpty)
        #expect(try db.lastVisits() == [fixed.householdID: LocalDate(iso: "2026-11-05")!])
    }

    // MARK: - The original stays

    @Test func theOriginalRowIsUnchangedAndBothVersionsAreKept() throws {
        let original = try visit()
        let before = try rawRow(original.id)
        let fixed = try correct(original) { $0.difficulty = "需要代购药品" }
        #expect(try rawRow(original.id) == before)
        let versions = try db.visitVersions(of: fixed.id)
        #expect(versions.map(\.id) == [original.id, fixed.id])
        #expect(versions[0].correctedBy == fixed.id && versions[0].difficulty == "")
        #expect(fixed.correction == VisitCorrection(corrects: original.id, reason: "录入有误", byID: admin.id, byName: "王书记",
                                                    at: Self.late.addingTimeInterval(60)))
        #expect(fixed.workerID == original.workerID)
        #expect(try db.visitVersions(of: original.id) == versions)
    }

    @Test func theCorrectionIsAudited() throws {
        let original = try visit()
        let fixed = try correct(original) { $0.reason = "送慰问" }
        let entry = try #require(try db.auditEntries(limit: 1).first)
        #expect(entry.action == "visit.correct" && entry.entityID == fixed.id)
        let detail = try JSONDecoder().decode([String: String].self, from: Data(entry.detail.utf8))
        #expect(detail["corrects"] == String(original.id) && detail["reason"] == "录入有误")
        #expect(detail["from.走访事由"] == "日常走访" && detail["from.备注"] == nil)
        #expect(try db.verifyAuditChain().isIntact)
    }

    // MARK: - Refusals

    @Test func onlyTheLatestVersionIsCorrected() throws {
        let original = try visit()
        let first = try correct(original) { $0.reason = "送慰问" }
        #expect(storageErrorKind { _ = try correct(original) { $0.reason = "别的" } } == .invalidInput)
        let second = try correct(first) { $0.remark = "再补一句" }
        #expect(try db.visitVersions(of: original.id).map(\.id) == [original.id, first.id, second.id])
        #expect(try db.visits(in: Self.november).map(\.id) == [second.id])
    }

    @Test func aCorrectionNeedsAReasonAChangeAndTheRightPerson() throws {
        let original = try visit()
        #expect(storageErrorKind { _ = try correct(original) { _ in } } == .invalidInput)
        #expect(storageErrorKind {
            _ = try db.correctVisit(original.id, with: original.draft, reason: " ", by: admin.id, at: Self.late)
        } == .invalidInput)
        let other = try db.addWorker("李明", by: admin)
        #expect(storageErrorKind { _ = try correct(original, by: other.id) { $0.reason = "改" } } == .notPermitted)
        let own = try visit("1号楼102室", by: other.id)
        #expect(try correct(own, by: other.id) { $0.reason = "改" }.correction?.byName == "李明")
        #expect(try db.rawInt("SELECT count(*) FROM visit") == 3)
    }

    @Test func theSchemaRefusesAHalfCorrectionAndAnyUpdate() throws {
        let original = try visit()
        #expect(throws: (any Error).self) {
            try db.rawWrite("""
                INSERT INTO visit (at, day, worker_id, household_id, resident_name, reason, kind, created_at, corrects)
                SELECT at, day, worker_id, household_id, resident_name, reason, kind, created_at, id FROM visit
                """)
        }
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE visit SET correction_reason = 'x' WHERE id = ?", [original.id]) }
    }
}
