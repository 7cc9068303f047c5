import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The visit tab's transitions: keys in, the state and the effects out.
@Suite struct VisitsUpdateTests {
    func formState(visits: Int = 22) -> AppState {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(visits)))
        Fixtures.send([.char("a")], to: &s)
        return s
    }

    func field(_ s: AppState, _ id: String) -> FormField? { s.main?.visits.editor?.form[id] }

    @Test func enteringTheTabLoadsTheUsersBoard() {
        var s = Fixtures.mainState()
        let effects = AppUpdate.update(&s, .key(.char("2")))
        #expect(effects == [.visits(.load(user: Fixtures.secretary, allZones: false))])
        #expect(Fixtures.screenText(s).contains("正在读取走访记录"))
    }

    @Test func theFormOpensAtNowInShanghaiWithTheUserAsVisitor() {
        let s = formState()
        #expect(field(s, "at")?.text == "2026-11-29 10:00")
        #expect(Fixtures.screenText(s).contains("登记走访 · 走访人：王秀兰"))
    }

    @Test func badInputStaysInTheFormWithItsReasonUnderTheField() {
        var s = formState()
        Fixtures.send([.ctrl("u")], to: &s)
        Fixtures.type("2026-11-29 11:00", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        #expect(effects.isEmpty)
        #expect(field(s, "at")?.error?.hasPrefix("走访时间 2026-11-29 11:00 晚于现在") == true)
        #expect(field(s, "resident")?.error == "走访居民姓名不能为空")
        #expect(field(s, "reason")?.error == "走访事由不能为空")
        #expect(s.main?.visits.editor?.form.focused.id == "at")
    }

    @Test func aRoomCompletesFromTheRegistryAndPrefillsTheFamily() {
        var s = formState()
        Fixtures.send([.tab, .tab], to: &s)
        Fixtures.type("301", into: &s)
        #expect(Fixtures.screenText(s).contains("候选：12号楼301室"))
        Fixtures.send([.tab], to: &s)
        #expect(field(s, "room")?.text == "12号楼301室")
        #expect(field(s, "resident")?.text == "张桂英")
        #expect(field(s, "members")?.text == "独居，子女在外地")
        #expect(field(s, "kind")?.chosen == ["特殊对象走访"], "独居老人 has a visit interval")
    }

    @Test func theRoomFieldLooksUpWhatIsTypedAndKeepsOnlyTheAnswerToTheLatestText() {
        var s = formState()
        Fixtures.send([.tab, .tab], to: &s)
        #expect(Fixtures.send([.char("3")], to: &s) == [.lookUpRooms("3")])
        #expect(Fixtures.send([.char("0")], to: &s) == [.lookUpRooms("30")])
        let registry = VisitFixtures.households
        _ = AppUpdate.update(&s, .roomsFound(typed: "3", RoomNumber.candidates("3", in: registry)))
        #expect(s.main?.rooms.found.isEmpty == true, "an answer to an older text is dropped")
        _ = AppUpdate.update(&s, .roomsFound(typed: "30", RoomNumber.candidates("30", in: registry)))
        #expect(s.main?.rooms.found.map(\.room) == ["12号楼301室", "12号楼302室"])
        #expect(Fixtures.screenText(s).contains("候选：12号楼301室、12号楼302室"))
        #expect(Fixtures.send([.char(" ")], to: &s).isEmpty, "a trailing space asks nothing new")
    }

    @Test func theListsAreReadOnlyWhenTheirScreenIsOpened() {
        let user = Fixtures.secretary
        let bare = VisitBoard.make(user: user, allZones: false, today: VisitFixtures.today, visits: [], lists: nil,
                                   calendar: VisitFixtures.calendar, rules: VisitFixtures.rules)
        var s = VisitFixtures.state(bare)
        #expect(Fixtures.send([.char("o")], to: &s) == [.visits(.load(user: user, allZones: false, lists: true))])
        #expect(Fixtures.screenText(s).contains("正在读取走访记录"))
        _ = AppUpdate.update(&s, .visits(.loaded(VisitFixtures.board([]))))
        #expect(Fixtures.screenText(s).contains("特殊对象逾期 2 户"))
        #expect(Fixtures.send([.char("t")], to: &s).isEmpty, "the board already has its lists")
        #expect(Fixtures.send([.char("z")], to: &s) == [.visits(.load(user: user, allZones: true, lists: true))])
    }

    @Test func anUnknownRoomIsAddedAsANewHouseholdOnTheSecondEnter() {
        var s = formState()
        Fixtures.send([.tab], to: &s)
        Fixtures.type("赵大伯", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("8号楼808室", into: &s)
        Fixtures.send([.tab, .tab], to: &s)
        Fixtures.type("了解近况", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(field(s, "room")?.error?.hasPrefix("住户登记簿中没有“8号楼808室”") == true)
        let effects = Fixtures.send([.enter], to: &s)
        guard case .visits(.save(let draft, let user, let add, _))? = effects.first else {
            Issue.record("no save effect: \(effects)")
            return
        }
        #expect(draft.room == "8号楼808室" && draft.residentName == "赵大伯" && draft.reason == "了解近况")
        #expect(user == Fixtures.secretary && add)
    }

    @Test func savingMovesTheCountAndClosesTheForm() {
        var s = formState()
        let record = VisitFixtures.visits(23)[22]
        _ = AppUpdate.update(&s, .visits(.saved(record, VisitFixtures.board(VisitFixtures.visits(23)))))
        #expect(s.main?.visits.editor == nil)
        #expect(s.message?.text.contains("本月已走访 23/30 户") == true)
        #expect(Fixtures.screenText(s).contains("本月已走访 23/30 户"))
    }

    @Test func onlyTheSecretarySeesEveryonesProgress() {
        var worker = VisitFixtures.state(VisitFixtures.board([], user: Fixtures.worker), user: Fixtures.worker)
        Fixtures.send([.char("t")], to: &worker)
        #expect(worker.message?.text.hasPrefix("只有书记可以查看全员进度") == true)
        var secretary = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(22)))
        Fixtures.send([.char("t")], to: &secretary)
        #expect(Fixtures.screenText(secretary).contains("王秀兰"))
        #expect(Fixtures.screenText(secretary).contains("李明"))
    }

    @Test func theDueListNamesTheRuleOfItsSelectedRow() {
        var s = VisitFixtures.state(VisitFixtures.board([]))
        Fixtures.send([.char("o")], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("特殊对象逾期 2 户"))
        #expect(screen.contains("独居老人 12号楼301室 尚无走访记录，应每 30 天走访一次"))
        let effects = Fixtures.send([.enter], to: &s)
        #expect(effects == [.visits(.history(householdID: 1)), .noteViewed(ViewedRecord(.household, 1), by: 1)])
    }

    @Test("a on the due list opens the visit form for the chosen household, its room and householder filled in")
    func addFromTheDueList() {
        var s = VisitFixtures.state(VisitFixtures.board([]))
        Fixtures.send([.char("o"), .down], to: &s)
        let chosen = s.main?.visits.dueRows[1].due.household
        Fixtures.send([.char("a")], to: &s)
        #expect(chosen != nil)
        #expect(field(s, "room")?.text == chosen?.room)
        #expect(field(s, "resident")?.text == chosen?.head)
        #expect(field(s, "members")?.text == chosen?.members)
        #expect(s.main?.visits.editor?.form.focused.id == "reason")
        var month = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        Fixtures.send([.char("a")], to: &month)
        #expect(field(month, "room")?.text == "", "on the month's list a new visit starts empty")
    }

    @Test("Home and End move to the first and last visit of the month, as on every list")
    func homeAndEnd() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(5)))
        Fixtures.send([.end], to: &s)
        #expect(s.main?.visits.list.selected == 4)
        Fixtures.send([.home], to: &s)
        #expect(s.main?.visits.list.selected == 0)
    }
}
