import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Appointments on the duty tab at 80×24: the desk's list of today with phones masked, the booking
/// form completing a room from the registry and checked by the rules, and intake days for approvers.
@Suite struct AppointmentScreenTests {
    static let november = DutyScreenTests.november
    static let sunday = LocalDate(iso: "2026-11-29")!
    /// Sunday 2026-11-29 (the fixtures' clock day), 09:00–12:00: 老年综合津贴 in half hours of four.
    static let intake = IntakeDay(id: 9, date: sunday, span: try! TimeSpan.parse("09:00-12:00").get(), matter: "老年综合津贴",
                                  slotMinutes: 30, perSlot: 4)
    static let household = Household(id: 1, room: "12号楼301室", head: "张桂英", phone: "13912341234")

    static func booking(_ id: Int64, _ slot: String, _ name: String, _ room: String) -> Appointment {
        let draft = AppointmentDraft(date: sunday, slot: try! TimeSpan.parse(slot).get(), residentName: name, room: room,
                                     phone: "13812345678", matter: "老年综合津贴", policyID: 2, policyTitle: "老年综合津贴申请")
        return Appointment(id: id, draft: draft, intakeID: 9)
    }

    static func state(_ user: Person = Fixtures.secretary, perSlot: Int = 4, extra: [Appointment] = []) -> AppState {
        var s = DutyScreenTests.dutyState(user)
        var snapshot = DutyScreenTests.snapshot
        let today = [booking(1, "09:00-09:30", "刘阿婆", "5号楼102室"), booking(2, "09:30-10:00", "陈老伯", "7号楼601室")] + extra
        var day = intake
        day.perSlot = perSlot
        snapshot.bookings = DutyBookings(month: today, intakeDays: [day], today: today)
        _ = AppUpdate.update(&s, .duty(.loaded(snapshot, note: nil)))
        return s
    }

    @Test func theDeskSeesTodaysAppointmentsWithPhonesMasked() {
        var s = Self.state()
        Fixtures.send(Array(repeating: .char("v"), count: 5), to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("今日预约（2026-11-29 周日）共 2 人"))
        #expect(screen.contains("138****5678") && !screen.contains("13812345678"))
        #expect(screen.contains("刘阿婆") && screen.contains("老年综合津贴申请"))
        #expect(screen.contains("09:00-12:00 老年综合津贴，每 30 分钟 4 人 已约 2/24"))
        #expect(screen.contains("姓名、楼室号、电话、事项、政策事项已备好"))
        Golden.assert(Fixtures.render(s), named: "duty-appointments")
    }

    @Test func aBookingOnTheIntakeDayCompletesTheRoomAndTakesTheDaysMatter() {
        var s = Self.state()
        Fixtures.send([.char("b"), .tab] + "10:30".map(Key.char) + [.tab], to: &s)
        Fixtures.type("301", into: &s, registry: [Self.household])
        Fixtures.send([.tab], to: &s)
        let form = s.main!.duty.editor!.form
        #expect(form["room"].text == "12号楼301室" && form["name"].text == "张桂英")
        #expect(form["phone"].text.isEmpty && form["phone"].hint == "留空即用登记簿中的 139****1234")
        #expect(!Fixtures.screenText(s).contains("13912341234"))
        let effects = Fixtures.send([.tab, .tab, .tab] + "lnjt".map(Key.char) + [.enter], to: &s)
        let draft = AppointmentDraft(date: Self.sunday, slot: try! TimeSpan.parse("10:30-11:00").get(), residentName: "张桂英",
                                     room: "12号楼301室", phone: "13912341234", matter: "老年综合津贴")
        #expect(effects == [.duty(.book(draft, policy: "lnjt", month: Self.november, by: Fixtures.secretary.id))])
    }

    @Test func todaysBookingsAreCountedOnceWhenTodayIsInTheMonthShown() {
        let later = [Self.booking(3, "11:00-11:30", "王老师", "3号楼202室")]
        var s = Self.state(perSlot: 2, extra: later)
        let keys: [Key] = [.char("b"), .tab] + "11:00".map(Key.char) + [.tab] + "301".map(Key.char) + [.enter]
        #expect(Fixtures.sendAnsweringRooms(keys, to: &s, registry: [Self.household]).count == 1,
                "王老师 alone holds the 11:00 slot of two places")
        var full = Self.state(perSlot: 1, extra: later)
        #expect(Fixtures.sendAnsweringRooms(keys, to: &full, registry: [Self.household]).isEmpty)
        #expect(full.main!.duty.editor?.form["time"].error?.contains("已约满（已约 1 人，每段 1 人）") == true)
    }

    @Test func aSlotOutsideThePublishedHoursIsRefusedUnderTheTimeField() {
        var s = Self.state()
        let date = Array(repeating: Key.backspace, count: 10) + "2026-11-30".map(Key.char)
        let fields = [.tab] + "19:00".map(Key.char) + [.tab] + "5号楼102室".map(Key.char) + [.tab] + "刘阿婆".map(Key.char)
            + [.tab] + "13812345678".map(Key.char) + [.tab] + "居住证明".map(Key.char) + [.enter]
        #expect(Fixtures.sendAnsweringRooms([.char("b")] + date + fields, to: &s, registry: [Self.household]).isEmpty)
        #expect(s.main!.duty.editor?.form["time"].error
            == "2026-11-30 周一没有公布的服务时间，19:00-19:30 不在其中（实施意见 二(二)；附件二 四(四)）")
    }

    @Test func onlyAnApproverSetsUpAnIntakeDay() {
        var worker = Self.state(Fixtures.worker)
        #expect(Fixtures.send([.char("g")], to: &worker).isEmpty)
        #expect(worker.message?.text == "只有书记或主任可以排班和批准换班（本程序的做法：原文未规定由谁排班、如何换班）")
        var s = Self.state()
        let keys: [Key] = [.char("g")] + "2026-12-05".map(Key.char) + [.tab, .tab] + "居住证明".map(Key.char) + [.enter]
        let day = IntakeDay(id: 0, date: LocalDate(iso: "2026-12-05")!, span: try! TimeSpan.parse("09:00-11:00").get(),
                            matter: "居住证明", slotMinutes: 30, perSlot: 3)
        #expect(Fixtures.send(keys, to: &s) == [.duty(.addIntake(day, month: Self.november, by: Fixtures.secretary.id))])
    }

    @Test func enterHandsTodaysBookingToReceptionOnceAndTheRowShowsItReceived() {
        var s = Self.state()
        #expect(Fixtures.send([.enter], to: &s).isEmpty, "Enter off the appointments page hands nothing over")
        #expect(s.message?.text == "请先在预约页选中今天的一条预约")
        Fixtures.send(Array(repeating: .char("v"), count: 5) + [.char("j")], to: &s)
        #expect(Fixtures.send([.enter], to: &s)
            == [.duty(.receive(appointment: 2, month: Self.november, by: Fixtures.secretary.id))], "the row under the cursor")
        var received = Self.booking(3, "10:00-10:30", "王老师", "3号楼202室")
        received.receptionID = 7
        var done = Self.state(extra: [received])
        Fixtures.send(Array(repeating: .char("v"), count: 5) + [.char("j"), .char("j")], to: &done)
        let screen = Fixtures.screenText(done)
        #expect(screen.contains("王老师") && screen.contains("已接待 #7") && screen.contains("已接待：见首问接待记录 #7。"))
        #expect(Fixtures.send([.enter], to: &done).isEmpty)
        #expect(done.message?.text == "这次预约已接待（首问接待记录 #7），不能再次转为接待记录")
    }
}
