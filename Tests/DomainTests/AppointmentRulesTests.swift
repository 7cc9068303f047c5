import Foundation
import Testing
@testable import Domain

/// 实施意见 二(二): residents book a slot of the published hours, or of a batch-intake day for its
/// one matter; each refusal names the hours, the slot and the clause.
@Suite struct AppointmentRulesTests {
    let rules = Fixtures.rules
    let calendar = Fixtures.calendar
    /// Monday 2026-11-02, 10:00 in Shanghai.
    let now = ClockTime(hour: 10, minute: 0)!.instant(on: Fixtures.day("2026-11-02"))
    let hours = ServiceHours(office: Fixtures.span("09:00-17:00"), evening: Fixtures.span("17:00-20:00"), eveningDays: [.tuesday],
                             weekend: Fixtures.span("09:00-12:00"), weekendDays: [.saturday])
    /// Saturday 2026-11-07: 老年综合津贴 from 09:00 to 11:00, half-hour slots of three.
    let intake = IntakeDay(id: 9, date: Fixtures.day("2026-11-07"), span: Fixtures.span("09:00-11:00"), matter: "老年综合津贴",
                           slotMinutes: 30, perSlot: 3)

    func draft(_ day: String, _ slot: String, matter: String = "居住证明") -> AppointmentDraft {
        AppointmentDraft(date: Fixtures.day(day), slot: Fixtures.span(slot), residentName: "张阿姨", room: "12号楼301室",
                         phone: "13812345678", matter: matter)
    }

    func check(_ d: AppointmentDraft, existing: [Appointment] = [], intake: IntakeDay? = nil) -> Verdict? {
        AppointmentRules.check(d, existing: existing, intake: intake, hours: hours, calendar: calendar, now: now, rules: rules)
    }

    @Test func aTuesdayEveningSlotOfThePublishedHoursIsOpen() {
        #expect(check(draft("2026-11-03", "19:00-19:30")) == nil)
        #expect(check(draft("2026-11-02", "14:00-14:30")) == nil)   // office hours, later today
    }

    @Test func anEveningWithoutPublishedHoursIsRefusedWithTheHoursThatAre() {
        let verdict = check(draft("2026-11-04", "19:00-19:30"))
        #expect(verdict?.message == "2026-11-04 周三公布的服务时间是 09:00-17:00，19:00-19:30 不在其中（实施意见 二(二)；附件二 四(四)）")
        #expect(verdict?.severity == .refusal)
        #expect(check(draft("2026-11-08", "09:00-09:30"))?.message.hasPrefix("2026-11-08 周日没有公布的服务时间") == true)
    }

    @Test func aSlotThatHasPassedOrIsTakenIsRefused() {
        #expect(check(draft("2026-11-02", "09:30-10:00"))?.message.hasPrefix("2026-11-02 09:30 已经过去") == true)
        let taken = Appointment(id: 1, draft: draft("2026-11-03", "19:00-19:30"))
        let verdict = check(draft("2026-11-03", "19:00-19:30"), existing: [taken])
        #expect(verdict?.message.contains("已约满（已约 1 人，每段 1 人）") == true)
        #expect(verdict?.number("places") == 1)
    }

    @Test func anIntakeDayTakesItsOwnMatterInItsSlotsUpToThePlaces() {
        #expect(intake.slots.map(\.description) == ["09:00-09:30", "09:30-10:00", "10:00-10:30", "10:30-11:00"])
        let d = draft("2026-11-07", "09:00-09:30", matter: "老年综合津贴")
        #expect(check(d, intake: intake) == nil)
        #expect(check(draft("2026-11-07", "09:00-09:30"), intake: intake)?.message
            == "2026-11-07 是“老年综合津贴”集中受理日，只预约这一事项（实施意见 二(二)；附件二 四(四)）")
        #expect(check(draft("2026-11-07", "09:10-09:40", matter: "老年综合津贴"), intake: intake)?.message
            .hasPrefix("集中受理按 30 分钟一段预约，09:10-09:40 不是 09:00-11:00 中的一段") == true)
        let three = (1...3).map { Appointment(id: $0, draft: d, intakeID: 9) }
        #expect(check(d, existing: Array(three.prefix(2)), intake: intake) == nil)
        #expect(check(d, existing: three, intake: intake)?.number("taken") == 3)
    }

    @Test func anIntakeDayNeedsARealSlotAndADayOfItsOwn() {
        #expect(AppointmentRules.checkIntake(intake, existing: [], now: now, rules: rules) == nil)
        var short = intake
        short.span = Fixtures.span("09:00-09:20")
        #expect(AppointmentRules.checkIntake(short, existing: [], now: now, rules: rules)?.message.hasPrefix("09:00-09:20 不够一段 30 分钟") == true)
        #expect(AppointmentRules.checkIntake(intake, existing: [intake], now: now, rules: rules)?.message
            .hasPrefix("2026-11-07 已设集中受理：老年综合津贴") == true)
        #expect(AppointmentRules.slot(starting: ClockTime(hour: 9, minute: 30)!, intake: nil)?.description == "09:30-10:00")
    }
}
