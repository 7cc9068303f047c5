import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// The mouse in the staff program: tabs, list rows (double click opens), form fields, the wheel.
@Suite struct StaffMouseTests {
    typealias Harness = RuntimeFlowTests.Harness

    func loggedIn() throws -> Harness {
        let h = try Harness()
        let admin = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                                     pin: "2580", at: h.clock.now)
        _ = try h.runner.database.addPerson(name: "李明", roles: [.worker], zone: nil, pin: "1357", by: admin.id, at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.enter); h.type("2580"); h.press(.enter)
        return h
    }

    func click(_ h: Harness, column: Int, row: Int) {
        h.pump(AppUpdate.update(&h.state, .mouse(MouseEvent(.press, column: column, row: row))))
        h.pump(AppUpdate.update(&h.state, .mouse(MouseEvent(.release, column: column, row: row))))
    }

    /// The row of the screen that shows `text`.
    func row(_ h: Harness, _ text: String) -> Int? { h.screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) } }

    @Test func theTabBarsTitlesAreFoundByColumn() {
        let titles = ["首问接待", "走访记录"]   // " 1 首问接待 " is 12 columns
        #expect(TabBar.index(atColumn: 0, titles: titles) == 0 && TabBar.index(atColumn: 11, titles: titles) == 0)
        #expect(TabBar.index(atColumn: 12, titles: titles) == 1 && TabBar.index(atColumn: 24, titles: titles) == nil)
    }

    @Test func aClickOnATabSwitchesToIt() throws {
        let h = try loggedIn()
        click(h, column: 30, row: 0)   // " 3 错时值班 " spans 24–35
        #expect(h.state.main?.tab == .duty)
    }

    @Test func aClickOnAListRowSelectsItAndADoubleClickActs() throws {
        let h = try loggedIn()
        h.press(.function(2))
        let liming = try #require(row(h, "李明"))
        click(h, column: 10, row: liming)
        #expect(h.state.main?.people?.list.selected == 1)
        let wang = try #require(row(h, "王秀兰"))
        click(h, column: 10, row: wang)
        #expect(h.state.main?.people?.list.selected == 0)
    }

    @Test func aDoubleClickOnTheLoginListOpensThatPersonsPin() throws {
        let h = try Harness()
        let admin = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                                     pin: "2580", at: h.clock.now)
        _ = try h.runner.database.addPerson(name: "李明", roles: [.worker], zone: nil, pin: "1357", by: admin.id, at: h.clock.now)
        h.pump([.loadStartup])
        let liming = try #require(row(h, "李明"))
        click(h, column: 10, row: liming)
        #expect(!h.screen.contains("登录：李明"), "one click selects")
        click(h, column: 10, row: liming)
        #expect(h.screen.contains("登录：李明"), "the second opens")
    }

    @Test func aClickOnAFieldFocusesIt() throws {
        let h = try loggedIn()
        h.press(.function(2), .char("n"))
        let body = try #require(row(h, KioskText.noticeBodyLabel + "："))
        click(h, column: 30, row: body)
        h.type("内容")
        #expect(h.state.main?.people?.editor?.form["body"].text == "内容")
    }

    @Test func theWheelScrollsTheHelp() throws {
        let h = try loggedIn()
        h.press(.function(1))
        h.pump(AppUpdate.update(&h.state, .mouse(MouseEvent(.wheelDown, .none, column: 10, row: 10))))
        guard case .help(_, let scroll)? = h.state.modal else { Issue.record("no help"); return }
        #expect(scroll == 3)
    }

    @Test func aClickCountsAsActivityForTheIdleLock() throws {
        let h = try loggedIn()
        h.clock.now = h.clock.now.addingTimeInterval(200)
        h.state.now = h.clock.now
        _ = AppUpdate.updateKeepingDrafts(&h.state, .mouse(MouseEvent(.press, column: 0, row: 5)))
        h.state.now = h.clock.now.addingTimeInterval(200)
        _ = AppUpdate.updateKeepingDrafts(&h.state, .tick(h.state.now))
        #expect(h.state.lock == nil, "400 s after login but 200 s after the click")
    }
}
