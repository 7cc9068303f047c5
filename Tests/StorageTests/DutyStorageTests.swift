import Domain
import Foundation
import Testing
@testable import Storage

/// The duty roster through the real migrator: filling a month, signing with the clock passed in, swaps.
@Suite struct DutyStorageTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let calendar = try! WorkingDayCalendar.bundled()
    let october = Month(year: 2026, month: 10)!
    var db: AppDatabase { fixture.database }

    init() throws { fixture = try DatabaseFixture() }

    func span(_ text: String) -> TimeSpan { try! TimeSpan.parse(text).get() }
    func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// Tuesday 2026-10-13 17:00–20:00 with `worker` on it.
    func tuesdayShift(_ worker: Person) throws -> Shift {
        try db.addShift(ShiftDraft(date: day("2026-10-13"), span: span("17:00-20:00"), kind: .weekdayEvening, workers: [worker.id]),
                        rules: rules, by: fixture.admin.id, at: Fixture.start)
    }

    @Test func fillingAMonthTwiceAddsEachShiftOnceAndOnlyApproversMayFill() throws {
        let worker = try db.addWorker("李明", by: fixture.admin)
        let template = ShiftTemplate(id: 0, recurrence: .weekly(.tuesday, everyWeeks: 1, anchor: day("2026-01-06")),
                                     span: span("17:00-20:00"), workers: [worker.id])
        try db.addTemplate(template, rules: rules, by: fixture.admin.id, at: Fixture.start)
        let first = try db.fillDutyMonth(october, calendar: calendar, rules: rules, by: fixture.admin.id, at: Fixture.start)
        #expect(first.added == 3 && first.skipped.count == 1)
        #expect(try db.fillDutyMonth(october, calendar: calendar, rules: rules, by: fixture.admin.id, at: Fixture.start).added == 0)
        let roster = try db.dutyRoster(october)
        #expect(roster.shifts.map(\.date.day) == [13, 20, 27])
        #expect(roster.shifts.allSatisfy { $0.assignments.map(\.workerName) == ["李明"] })
        #expect(roster.templates.map(\.title) == ["每周二 17:00-20:00"])
        #expect(storageErrorKind { _ = try db.fillDutyMonth(october, calendar: calendar, rules: rules, by: worker.id, at: Fixture.start) } == .notPermitted)
    }

    @Test func signingInAndOutUsesTheTimePassedInAndCounts() throws {
        let worker = try db.addWorker("李明", by: fixture.admin)
        let shift = try tuesdayShift(worker)
        let start = shift.startInstant
        #expect(storageErrorKind { _ = try db.signDuty(person: worker.id, now: start.addingTimeInterval(-3600), rules: rules) } == .notFound)
        let (first, _) = try db.signDuty(person: worker.id, now: start.addingTimeInterval(600), rules: rules)
        let (second, after) = try db.signDuty(person: worker.id, now: start.addingTimeInterval(3 * 3600), rules: rules)
        #expect(first == .signIn && second == .signOut)
        #expect(Attendance.status(after.assignments[0], on: after, now: after.endInstant, rules: rules) == .worked)
        let tally = DutyTally.of(worker.id, in: october, shifts: try db.dutyRoster(october).shifts, now: after.endInstant, rules: rules)
        #expect(tally.points == 5)
        #expect(try db.rawInt("SELECT count(*) FROM audit_log WHERE action LIKE 'duty.sign.%'") == 2)
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE duty_sign SET at = at") }
    }

    @Test func anEarlySignOutAsksFirstThenIsRecordedAsEarlyLeave() throws {
        let worker = try db.addWorker("李明", by: fixture.admin)
        let shift = try tuesdayShift(worker)
        _ = try db.signDuty(person: worker.id, now: shift.startInstant.addingTimeInterval(600), rules: rules)
        let early = shift.startInstant.addingTimeInterval(3600)
        #expect(throws: EarlySignOutQuestion.self) { try db.signDuty(person: worker.id, now: early, rules: rules) }
        #expect(try db.rawInt("SELECT count(*) FROM duty_sign WHERE kind = 'out'") == 0)
        let (kind, after) = try db.signDuty(person: worker.id, now: early, rules: rules, earlyConfirmed: true)
        #expect(kind == .signOut)
        #expect(Attendance.status(after.assignments[0], on: after, now: after.endInstant, rules: rules) == .leftEarly)
        #expect(try db.rawInt("SELECT count(*) FROM audit_log WHERE action = 'duty.sign.out' AND detail LIKE '%早退%'") == 1)
    }

    @Test func aSwapMovesThePlaceOnlyWhenApproved() throws {
        let worker = try db.addWorker("李明", by: fixture.admin)
        let colleague = try db.addWorker("张伟", by: fixture.admin)
        let shift = try tuesdayShift(worker)
        let swap = try db.askSwap(shift: shift.id, from: worker.id, to: colleague.id, rules: rules, at: Fixture.start)
        #expect(storageErrorKind { try db.answerSwap(swap.id, accept: true, by: worker.id, rules: rules, at: Fixture.start) } == .notPermitted)
        try db.answerSwap(swap.id, accept: true, by: colleague.id, rules: rules, at: Fixture.start)
        #expect(try db.dutyRoster(october).shifts[0].assignments[0].workerName == "李明")
        #expect(storageErrorKind { try db.decideSwap(swap.id, approve: true, by: colleague.id, rules: rules, at: Fixture.start) } == .notPermitted)
        let approved = try db.decideSwap(swap.id, approve: true, by: fixture.admin.id, rules: rules, at: Fixture.start)
        #expect(approved.stage == .approved && approved.deciderName == "王书记")
        let roster = try db.dutyRoster(october)
        #expect(roster.shifts[0].assignments[0].workerName == "张伟")
        #expect(roster.shifts[0].assignments[0].swappedFrom == "李明")
        #expect(roster.swaps.map(\.stage) == [.approved])
        #expect(storageErrorKind { try db.decideSwap(swap.id, approve: false, by: fixture.admin.id, rules: rules, at: Fixture.start) } == .notPermitted)
    }

    @Test func publishedHoursAreReadBack() throws {
        let hours = ServiceHours(evening: span("17:00-20:00"), eveningDays: [.tuesday, .thursday], holiday: span("09:00-11:00"))
        try db.publishServiceHours(hours, rules: rules, by: fixture.admin.id, at: Fixture.start)
        #expect(try db.dutyRoster(october).hours == hours)
        #expect(hours.lines == ["晚间（周二、周四）17:00-20:00", "节假日 09:00-11:00"])
    }
}
