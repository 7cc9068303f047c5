import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Entering the duty tab reads only the month's overview: the month page drawn from it must be
/// the page drawn from the whole roster, and the pages that list shifts ask for the whole month.
@Suite struct DutyOverviewTests {
    static let november = DutyScreenTests.november

    /// The fixture month as entering the tab gives it to `user`: no shifts, swaps or people, only the overview.
    static func overviewSnapshot(for user: Person) -> DutySnapshot {
        let whole = DutyScreenTests.snapshot
        let overview = RosterOverview.of(november, shifts: whole.roster.shifts, hours: whole.roster.hours, worker: user.id)
        return DutySnapshot(roster: DutyRoster(month: november, hours: whole.roster.hours), people: [],
                            rules: whole.rules, calendar: whole.calendar, overview: overview)
    }

    static func state(_ user: Person, _ snapshot: DutySnapshot) -> AppState {
        var s = Fixtures.mainState(user)
        Fixtures.send([.char("3")], to: &s)
        _ = AppUpdate.update(&s, .duty(.loaded(snapshot, note: nil)))
        return s
    }

    @Test(arguments: [Fixtures.secretary, Fixtures.worker])
    func theMonthPageFromTheOverviewIsTheMonthPageFromTheWholeRoster(user: Person) {
        let partial = Self.state(user, Self.overviewSnapshot(for: user))
        let whole = Self.state(user, DutyScreenTests.snapshot)
        #expect(Fixtures.screenText(partial).contains("…共3人次"))
        #expect(Fixtures.render(partial) == Fixtures.render(whole))
    }

    @Test func pagesThatListShiftsAskForTheWholeMonthAndShowIt() {
        var s = Self.state(Fixtures.secretary, Self.overviewSnapshot(for: Fixtures.secretary))
        #expect(Fixtures.send([.char("v")], to: &s) == [.duty(.load(month: Self.november))])
        _ = AppUpdate.update(&s, .duty(.loaded(DutyScreenTests.snapshot, note: nil)))
        #expect(Fixtures.screenText(s).contains("11-24 周二    17:00-20:00 晚 王秀兰✗"))
        #expect(Fixtures.send([.char("v")], to: &s).isEmpty)       // the whole month is already there
        #expect(Fixtures.send([.char("]")], to: &s) == [.duty(.load(month: Self.november.next))])
    }

    @Test func theTemplateFormWaitsForThePeopleOfTheWholeMonth() {
        var s = Self.state(Fixtures.secretary, Self.overviewSnapshot(for: Fixtures.secretary))
        #expect(Fixtures.send([.char("t")], to: &s) == [.duty(.load(month: Self.november))])
        #expect(s.main?.duty.editor == nil)
        _ = AppUpdate.update(&s, .duty(.loaded(DutyScreenTests.snapshot, note: nil)))
        #expect(s.main?.duty.editor?.mode == .template)
        #expect(Fixtures.screenText(s).contains("欧阳娜娜"))
        Fixtures.send([.escape], to: &s)
        _ = AppUpdate.update(&s, .duty(.loaded(DutyScreenTests.snapshot, note: nil)))
        #expect(s.main?.duty.editor == nil)
    }

    @Test func theBookingFormLooksUpTheRoomTypedInsteadOfReadingTheRegistry() {
        var s = Self.state(Fixtures.secretary, Self.overviewSnapshot(for: Fixtures.secretary))
        #expect(Fixtures.send([.char("b")], to: &s).isEmpty, "opening the form reads nothing")
        let household = Household(id: 7, room: "12号楼301室", head: "周建华", phone: "13800001234")
        Fixtures.send([.tab, .tab], to: &s)
        #expect(Fixtures.send([.char("1")], to: &s) == [.lookUpRooms("1")])
        Fixtures.type("2号楼3", into: &s, registry: [household])
        Fixtures.send([.tab], to: &s)
        #expect(Fixtures.screenText(s).contains("12号楼301室"))
        #expect(Fixtures.screenText(s).contains("周建华"))
    }
}
