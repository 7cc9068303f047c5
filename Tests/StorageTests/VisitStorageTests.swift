import Domain
import Foundation
import Testing
@testable import Storage

/// Visits through the real migrator: the quota rules of Domain applied to what Storage reads back.
@Suite struct VisitStorageTests {
    let fixture: DatabaseFixture
    let rules: RuleSet
    var db: AppDatabase { fixture.database }

    init() throws {
        fixture = try DatabaseFixture()
        rules = try RuleSet.bundledPutuo2017()
    }

    /// 2026-11-`day` at `hour`:`minute` in Shanghai.
    static func shanghai(_ day: Int, _ hour: Int, _ minute: Int = 0, month: Int = 11) -> Date {
        ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: month, day: day)!)
            .addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    static let november = Month(year: 2026, month: 11)!
    static let late = shanghai(30, 12)

    func draft(_ room: String, at: Date, kind: VisitKind = .general) -> VisitDraft {
        VisitDraft(at: at, residentName: "张阿姨", room: room, members: "独居", reason: "日常走访", kind: kind)
    }

    @discardableResult
    func household(_ room: String, tags: [String] = [], zone: String? = "一片") throws -> Household {
        try db.addHousehold(Household(id: 0, room: room, tags: tags, head: "张阿姨", phone: "13812341234", zone: zone),
                            by: fixture.admin.id, at: Self.late)
    }

    func households(of worker: Int64, in month: Month = november) throws -> Int {
        VisitQuota.households(of: worker, in: month, visits: try db.visits(in: month).map(\.visit))
    }

    // MARK: - Counting through storage

    @Test func aRepeatVisitCountsOnce() throws {
        try household("1号楼101室"); try household("1号楼102室")
        for (room, day) in [("1号楼101室", 2), ("1号楼101室", 20), ("1号楼102室", 21)] {
            _ = try db.addVisit(draft(room, at: Self.shanghai(day, 10)), by: fixture.admin.id, at: Self.late, addHousehold: false)
        }
        #expect(try db.visits(in: Self.november).count == 3)
        #expect(try households(of: fixture.admin.id) == 2)
    }

    @Test func aVisitOnTheLastEveningOfAMonthStaysInThatMonth() throws {
        try household("2号楼201室")
        let evening = Self.shanghai(30, 23, 30)   // 2026-11-30 15:30 UTC
        #expect(ISO8601DateFormatter().string(from: evening) == "2026-11-30T15:30:00Z")
        let next = Self.shanghai(1, 0, 30, month: 12)   // 2026-11-30 16:30 UTC, already December in Shanghai
        let record = try db.addVisit(draft("2号楼201室", at: evening), by: fixture.admin.id, at: next, addHousehold: false)
        #expect(record.date == LocalDate(iso: "2026-11-30"))
        #expect(try households(of: fixture.admin.id) == 1)
        #expect(try households(of: fixture.admin.id, in: Self.november.next) == 0)
        #expect(try db.rawString("SELECT day FROM visit") == "2026-11-30")
    }

    @Test func theQuotaFollowsTheRuleSet() throws {
        for n in 1...20 {
            try household("3号楼\(n)室")
            _ = try db.addVisit(draft("3号楼\(n)室", at: Self.shanghai(n, 9)), by: fixture.admin.id, at: Self.late, addHousehold: false)
        }
        let count = try households(of: fixture.admin.id)
        #expect(VisitQuota.score(households: count, rules: rules) == 50)   // 30 asked: 10 short, 10.0 − 5.0
        var twenty = rules
        twenty.visits.quota = 20
        #expect(VisitQuota.score(households: count, rules: twenty) == 100)
        #expect(VisitQuota.evaluate(households: count, rules: twenty).message.hasPrefix("走访 20 户，完成每月 20 户任务"))
    }

    // MARK: - Refusals

    @Test func anUnknownRoomIsRefusedUnlessAddedAsANewHousehold() throws {
        let refused = storageErrorKind {
            _ = try db.addVisit(draft("9号楼901室", at: Self.shanghai(5, 10)), by: fixture.admin.id, at: Self.late, addHousehold: false)
        }
        #expect(refused == .notFound)
        #expect(try db.rawInt("SELECT count(*) FROM visit") == 0)
        let record = try db.addVisit(draft("9号楼901室", at: Self.shanghai(5, 10)), by: fixture.admin.id, at: Self.late, addHousehold: true)
        let added = try #require(try db.household(room: "9号楼901室"))
        #expect(added.head == "张阿姨" && added.members == "独居" && record.householdID == added.id)
        #expect(try db.verifyAuditChain().isIntact)
        #expect(try db.auditEntries(limit: 2).map(\.action) == ["visit.add", "household.add"])
    }

    @Test func emptyReasonAndDuplicateRoomAreRefused() throws {
        try household("4号楼401室")
        var empty = draft("4号楼401室", at: Self.shanghai(5, 10))
        empty.reason = "  "
        #expect(storageErrorKind { _ = try db.addVisit(empty, by: fixture.admin.id, at: Self.late, addHousehold: false) } == .invalidInput)
        #expect(storageErrorKind { try household("4号楼401室") } == .invalidInput)
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE household SET phone = 'abc'") }
    }

    @Test func visitsAreAppendOnly() throws {
        try household("5号楼501室")
        _ = try db.addVisit(draft("5号楼501室", at: Self.shanghai(5, 10)), by: fixture.admin.id, at: Self.late, addHousehold: false)
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE visit SET reason = '改'") }
        #expect(throws: (any Error).self) { try db.rawWrite("DELETE FROM visit") }
    }
}
