import AppCore
import Domain
import ScreenKit
import Testing

/// Golden screens of the shell at 80×24 (and one wide), text and styles, against `Snapshots/`.
@Suite struct GoldenScreenTests {
    @Test func firstRunForm() {
        var s = Fixtures.state()
        _ = AppUpdate.update(&s, .startupLoaded(committee: nil, people: []))
        Fixtures.type("长寿路第一居委会", into: &s)
        Golden.assert(Fixtures.render(s), named: "first-run")
    }

    @Test func login() {
        var s = Fixtures.loginState()
        Golden.assert(Fixtures.render(s), named: "login")
        Fixtures.send([.enter], to: &s)
        Fixtures.type("12", into: &s)
        Golden.assert(Fixtures.render(s), named: "login-pin")
    }

    @Test(arguments: Tab.allCases)
    func tab(_ tab: Tab) {
        var s = Fixtures.mainState()
        Fixtures.send([.char(Character(String(tab.rawValue + 1)))], to: &s)
        Golden.assert(Fixtures.render(s), named: "tab-\(tab.rawValue + 1)")
    }

    @Test func wideTab() {
        Golden.assert(Fixtures.render(Fixtures.mainState(width: 120, height: 30)), named: "tab-1-120x30")
    }

    @Test func helpScreen() {
        var s = Fixtures.mainState()
        Fixtures.send([.function(1)], to: &s)
        Golden.assert(Fixtures.render(s), named: "help")
    }

    @Test func peopleScreen() {
        var s = Fixtures.mainState()
        Fixtures.send([.function(2)], to: &s)
        _ = AppUpdate.update(&s, .peopleLoaded([Fixtures.secretary, Fixtures.worker, Fixtures.newcomer]))
        Golden.assert(Fixtures.render(s), named: "people")
        Fixtures.send([.char("a")], to: &s)
        Fixtures.type("陈建国", into: &s)
        Golden.assert(Fixtures.render(s), named: "people-add")
    }

    @Test func tooSmall() {
        var s = Fixtures.mainState()
        _ = AppUpdate.update(&s, .resize(width: 60, height: 20))
        Golden.assert(Fixtures.render(s), named: "too-small")
    }
}

/// Golden screens of the visit tab at 80×24.
@Suite struct VisitGoldenTests {
    @Test func progressPanelAndMonth() {
        Golden.assert(Fixtures.render(VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(22)))), named: "visits-month")
    }

    @Test func visitForm() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(22)))
        Fixtures.send([.char("a"), .tab], to: &s)
        Fixtures.type("张桂英", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("12号楼30", into: &s)
        Golden.assert(Fixtures.render(s), named: "visits-form")
        Fixtures.send([.ctrl("u"), .enter], to: &s)
        Golden.assert(Fixtures.render(s), named: "visits-form-errors")
    }

    @Test func dueList() {
        var s = VisitFixtures.state(VisitFixtures.board([]))
        Fixtures.send([.char("o")], to: &s)
        Golden.assert(Fixtures.render(s), named: "visits-due")
    }

    @Test func team() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(22)))
        Fixtures.send([.char("t")], to: &s)
        Golden.assert(Fixtures.render(s), named: "visits-team")
    }
}
