import Domain
import Foundation
import Testing
@testable import Storage

/// The visit tab's narrow reads give what the old whole-registry reads gave: a room's candidates
/// as `RoomNumber.candidates` picks them from every household, and the lists to work down as the
/// rules find them among every household with its last visit.
@Suite struct VisitBoardReadTests {
    let fixture: DatabaseFixture
    let rules: RuleSet
    var db: AppDatabase { fixture.database }
    static let today = LocalDate(year: 2026, month: 11, day: 29)!

    init() throws {
        fixture = try DatabaseFixture()
        rules = try RuleSet.bundledPutuo2017()
    }

    /// Noon in Shanghai on `day`.
    static func noon(_ day: LocalDate) -> Date { ShanghaiCalendar.startOfDay(day).addingTimeInterval(12 * 3600) }

    /// 36 households in two zones (some tagged, some with a room inside another's), visited over a year,
    /// one visit corrected to another household.
    func registry() throws {
        let tags = ["独居老人", "困难家庭", "残疾人", "其他"]
        for building in 1...6 {
            for flat in [101, 102, 201, 301, 1301, 2301] {
                let i = building * 10 + flat % 7
                _ = try db.addHousehold(Household(id: 0, room: "\(building)号楼\(flat)室", tags: i % 3 == 0 ? [tags[i % 4]] : [],
                                                  head: "住户\(building)-\(flat)", zone: building % 2 == 0 ? "一片" : "二片"),
                                        by: fixture.admin.id, at: Self.noon(LocalDate(year: 2025, month: 1, day: 2)!))
            }
        }
        _ = try db.addHousehold(Household(id: 0, room: "11号楼101室", head: "无片区"), by: fixture.admin.id,
                                at: Self.noon(LocalDate(year: 2025, month: 1, day: 2)!))
        let households = try db.households()
        for (n, h) in households.enumerated() where n % 5 != 0 {
            let day = Self.today.adding(days: -((n * 37) % 400))
            let visit = try db.addVisit(VisitDraft(at: Self.noon(day), residentName: h.head, room: h.room, reason: "日常走访"),
                                        by: fixture.admin.id, at: Self.noon(day), addHousehold: false)
            if n == 7 {   // the only recent visit of this household turns out to have been to another
                _ = try db.correctVisit(visit.id, with: VisitDraft(at: Self.noon(day), residentName: "改", room: households[1].room,
                                                                   reason: "日常走访"),
                                        reason: "户号记错", by: fixture.admin.id, at: Self.noon(Self.today))
            }
        }
    }

    @Test func roomCandidatesAreWhatCompletionPicksFromTheWholeRegistry() throws {
        try registry()
        let all = try db.households()
        for typed in ["301", "1号楼", "1号楼301室", " 2号楼2301室 ", "3", "号", "楼1", "2301", "11号楼101室", "99", "室", "6号楼1"] {
            #expect(try db.roomCandidates(typed).map(\.room) == RoomNumber.candidates(typed, in: all).map(\.room), "\(typed)")
            let candidates = try db.roomCandidates(typed)
            #expect(RoomNumber.complete(typed, in: candidates)?.id == RoomNumber.complete(typed, in: all)?.id, "\(typed)")
            #expect(candidates.map(\.tags) == RoomNumber.candidates(typed, in: all).map(\.tags), "\(typed)")
        }
        #expect(try db.roomCandidates("  ").isEmpty)
        #expect(try db.roomCandidates("1号楼", limit: 2).count == 2)
    }

    @Test func dueCandidatesHoldEveryHouseholdTheRulesFindDue() throws {
        try registry()
        let all = try db.households(), last = try db.lastVisits()
        let cutoff = StaleHouseholds.cutoff(today: Self.today, rules: rules)
        for zone in [nil, "一片", "二片"] as [String?] {
            let inZone = all.filter { zone == nil || $0.zone == zone }
            let due = try db.dueCandidates(zone: zone, staleBefore: cutoff)
            let stale = StaleHouseholds.find(inZone, lastVisits: last, today: Self.today, rules: rules)
            let found = StaleHouseholds.find(due.households, lastVisits: due.lastVisits, today: Self.today, rules: rules)
            #expect(found.map(\.household) == stale.map(\.household), "\(zone ?? "全部")")
            #expect(found.map(\.verdict.message) == stale.map(\.verdict.message))
            func overdue(_ households: [Household], _ last: [Int64: LocalDate]) -> [String] {
                households.compactMap { h in
                    VisitInterval.evaluate(h, lastVisit: last[h.id], today: Self.today, rules: rules).flatMap { $0.isOK ? nil : $0.message }
                }
            }
            #expect(overdue(due.households, due.lastVisits) == overdue(inZone, last))
            #expect(!stale.isEmpty && stale.count < inZone.count, "the registry has both stale and recently visited households")
            for h in due.households { #expect(due.lastVisits[h.id] == last[h.id], "\(h.room)") }
        }
    }

    @Test func oneHouseholdIsReadByIdOrRefused() throws {
        try registry()
        let h = try #require(try db.households().first { !$0.tags.isEmpty })
        #expect(try db.household(id: h.id) == h)
        #expect(throws: StorageError.self) { try db.household(id: 9_999) }
    }
}
