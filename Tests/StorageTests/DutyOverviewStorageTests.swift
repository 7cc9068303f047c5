import Domain
import Foundation
import Testing
@testable import Storage

/// The month's overview that entering the duty tab reads must be what `RosterOverview.of` makes
/// of the whole month's roster (the old way): same places, same first shifts with their sign-ins,
/// same covered spans, same shifts of the worker.
@Suite struct DutyOverviewStorageTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let october = Month(year: 2026, month: 10)!
    var db: AppDatabase { fixture.database }

    init() throws { fixture = try DatabaseFixture() }

    @discardableResult
    func shift(_ date: String, _ span: String, _ workers: [Person]) throws -> Shift {
        let day = LocalDate(iso: date)!
        return try db.addShift(ShiftDraft(date: day, span: try TimeSpan.parse(span).get(), kind: .weekend, workers: workers.map(\.id)),
                               rules: rules, by: fixture.admin.id, at: Fixture.start)
    }

    /// Days that test each way to get the first two places wrong: a later shift with an earlier
    /// start, a tie on the start (broken by id), a shift nobody is on, a first shift of three,
    /// a day with nobody, a signed-in worker, and shifts in the months either side.
    func fillOctober() throws -> (Person, Person) {
        let li = try db.addWorker("李明", by: fixture.admin), zhang = try db.addWorker("张伟", by: fixture.admin)
        let ou = try db.addWorker("欧阳娜娜", by: fixture.admin)
        try shift("2026-10-03", "19:00-21:00", [li])
        try shift("2026-10-03", "08:00-10:00", [zhang])
        try shift("2026-10-03", "08:00-09:00", [ou, li])
        try shift("2026-10-04", "07:00-08:00", [])
        try shift("2026-10-04", "09:00-11:00", [ou, zhang, li])
        try shift("2026-10-04", "13:00-15:00", [zhang])
        try shift("2026-10-10", "09:00-11:00", [])
        let signed = try shift("2026-10-11", "09:00-11:00", [li])
        _ = try db.signDuty(person: li.id, now: signed.startInstant.addingTimeInterval(120), rules: rules)
        try shift("2026-09-30", "09:00-11:00", [li, zhang])
        try shift("2026-11-01", "09:00-11:00", [li])
        return (li, zhang)
    }

    func oldWay(worker: Int64) throws -> RosterOverview {
        let roster = try db.dutyRoster(october)
        return RosterOverview.of(october, shifts: roster.shifts, hours: roster.hours, worker: worker)
    }

    @Test func theOverviewIsTheWholeRostersOverviewWithoutHours() throws {
        let (li, zhang) = try fillOctober()
        for worker in [li.id, zhang.id, fixture.admin.id] {
            let (roster, overview) = try db.dutyOverview(october, worker: worker)
            #expect(overview == (try oldWay(worker: worker)))
            #expect(roster.shifts.isEmpty && roster.swaps.isEmpty && roster.month == october)
        }
        let overview = try db.dutyOverview(october, worker: li.id).1
        #expect(overview.days.keys.map(\.day).sorted() == [3, 4, 11])
        #expect(overview.day(LocalDate(iso: "2026-10-03")!).places == 4)
        #expect(overview.day(LocalDate(iso: "2026-10-03")!).shown.map(\.1.workerName) == ["张伟", "欧阳娜娜"])
        #expect(overview.day(LocalDate(iso: "2026-10-04")!).first.count == 1)
        #expect(overview.day(LocalDate(iso: "2026-10-11")!).shown.first?.1.signIn != nil)
        #expect(overview.mine.map(\.date.day) == [3, 3, 4, 11])
        #expect(overview.staffed.isEmpty)
    }

    @Test func withPublishedHoursTheCoveredSpansAndTheirGapsAreTheOldOnes() throws {
        let (li, _) = try fillOctober()
        let weekend = try TimeSpan.parse("08:00-12:00").get()
        let hours = ServiceHours(weekend: weekend, weekendDays: [.saturday, .sunday])
        try db.publishServiceHours(hours, rules: rules, by: fixture.admin.id, at: Fixture.start)
        let (roster, overview) = try db.dutyOverview(october, worker: li.id)
        let old = try oldWay(worker: li.id)
        #expect(overview == old)
        #expect(roster.hours == hours)
        #expect(overview.staffed[LocalDate(iso: "2026-10-04")!]?.count == 2)
        let calendar = try WorkingDayCalendar.bundled()
        let full = try db.dutyRoster(october)
        #expect(Coverage.gaps(in: october, staffed: overview.staffed, hours: hours, calendar: calendar, rules: rules)
            == Coverage.gaps(in: october, shifts: full.shifts, hours: hours, calendar: calendar, rules: rules))
    }
}
