import Foundation
import Testing
@testable import Domain

/// 实施意见 二(二): templates fill a month with the holiday calendar; the published hours are covered.
@Suite struct DutyRosterTests {
    let rules = Fixtures.rules
    let calendar = Fixtures.calendar
    /// October 2026: 国庆节 10-01…10-07 (Thursday to Wednesday), make-up working day Saturday 10-10.
    let october = Month(year: 2026, month: 10)!
    let evening = Fixtures.span("17:00-20:00")
    let morning = Fixtures.span("09:00-12:00")

    var tuesdays: ShiftTemplate {
        ShiftTemplate(id: 1, recurrence: .weekly(.tuesday, everyWeeks: 1, anchor: Fixtures.day("2026-01-06")), span: evening, workers: [4])
    }
    /// Every other Saturday from 2026-10-03 (a holiday): 10-03, 10-17, 10-31; 10-10 is a make-up day either way.
    var otherSaturdays: ShiftTemplate {
        ShiftTemplate(id: 2, recurrence: .weekly(.saturday, everyWeeks: 2, anchor: Fixtures.day("2026-10-03")), span: morning, workers: [5])
    }

    @Test func everyTuesdaySkipsTheHolidayAndSaysWhy() {
        let (drafts, skipped) = RosterFill.fill(october, templates: [tuesdays], calendar: calendar, rules: rules)
        #expect(drafts.map(\.date.iso) == ["2026-10-13", "2026-10-20", "2026-10-27"])
        #expect(drafts.allSatisfy { $0.kind == .weekdayEvening && $0.workers == [4] && $0.templateID == 1 })
        #expect(skipped.map(\.message) == ["2026-10-06 周二 是节假日（国庆节），不排“每周二 17:00-20:00”，由节假日班次值守（实施意见 二(二)）"])
    }

    @Test func everyOtherSaturdayTurnsAHolidayIntoAHolidayShift() {
        let (drafts, _) = RosterFill.fill(october, templates: [otherSaturdays], calendar: calendar, rules: rules)
        #expect(drafts.map(\.date.iso) == ["2026-10-03", "2026-10-17", "2026-10-31"])
        #expect(drafts.map(\.kind) == [.holiday, .weekend, .weekend])
        #expect(otherSaturdays.title == "隔周六 09:00-12:00")
    }

    @Test func aWeekendTemplateSkipsTheMakeUpWorkingDay() {
        let saturdays = ShiftTemplate(id: 3, recurrence: .weekly(.saturday, everyWeeks: 1, anchor: Fixtures.day("2026-01-03")),
                                      span: morning, workers: [5])
        let (drafts, skipped) = RosterFill.fill(october, templates: [saturdays], calendar: calendar, rules: rules)
        #expect(!drafts.contains { $0.date.iso == "2026-10-10" })
        #expect(drafts.count == 4)
        #expect(skipped.map(\.message) == ["2026-10-10 周六 是调休上班日（国庆节），按工作日办公，不排“每周六 09:00-12:00”（实施意见 二(二)）"])
    }

    @Test func aHolidayTemplateFillsEachHoliday() {
        let holidays = ShiftTemplate(id: 4, recurrence: .holidays, span: morning, workers: [4, 5])
        let (drafts, _) = RosterFill.fill(october, templates: [holidays], calendar: calendar, rules: rules)
        #expect(drafts.map(\.date.day) == Array(1...7))
        #expect(drafts.allSatisfy { $0.kind == .holiday && $0.workers == [4, 5] })
    }

    @Test func theKindOfADayComesFromTheCalendar() {
        #expect(ShiftKind.of(Fixtures.day("2026-10-01"), calendar: calendar) == .holiday)
        #expect(ShiftKind.of(Fixtures.day("2026-10-10"), calendar: calendar) == .weekdayEvening)
        #expect(ShiftKind.of(Fixtures.day("2026-10-11"), calendar: calendar) == .weekend)
    }

    // MARK: - Coverage

    var hours: ServiceHours {
        ServiceHours(evening: evening, eveningDays: [.tuesday], weekend: morning, weekendDays: [.saturday], holiday: morning)
    }

    func shifts(_ drafts: [ShiftDraft]) -> [Shift] {
        drafts.enumerated().map { i, d in
            Shift(id: Int64(i + 1), date: d.date, span: d.span, kind: d.kind,
                  assignments: d.workers.map { DutyAssignment(id: $0, workerID: $0, workerName: "王") })
        }
    }

    @Test func aPublishedDayWithNobodyOnDutyIsFlagged() {
        let (drafts, _) = RosterFill.fill(october, templates: [tuesdays, otherSaturdays], calendar: calendar, rules: rules)
        let gaps = Coverage.gaps(in: october, shifts: shifts(drafts), hours: hours, calendar: calendar, rules: rules)
        // Holidays 10-01, 02, 04…07 have no holiday template; Saturday 10-24 is the off week; 10-10 is a working day.
        #expect(gaps.count == 7)
        #expect(gaps.contains { $0.message == "2026-10-24 周六 公布的双休日服务时间 09:00-12:00 中 09:00-12:00 无人值班（实施意见 二(二)；附件二 四(四)）" })
        #expect(!gaps.contains { $0.message.hasPrefix("2026-10-10") || $0.message.hasPrefix("2026-10-13") })
    }

    @Test func aPartlyCoveredPeriodNamesTheUncoveredTimes() {
        let part = [Fixtures.span("17:00-18:00"), Fixtures.span("18:30-19:00")]
        #expect(Coverage.uncovered(evening, by: part).map(\.description) == ["18:00-18:30", "19:00-20:00"])
        #expect(Coverage.uncovered(evening, by: [Fixtures.span("16:00-21:00")]).isEmpty)
    }
}
