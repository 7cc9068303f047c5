import AppCore
import Domain
import ScreenKit
import Testing

/// Transitions of the shell: tabs, quitting, the help screen and the too-small screen.
@Suite struct ShellUpdateTests {
    @Test("number keys choose a tab; Ctrl-Right and Ctrl-Left step and wrap around")
    func tabSwitching() {
        var s = Fixtures.mainState()
        Fixtures.send([.char("3")], to: &s)
        #expect(s.main?.tab == .duty)
        Fixtures.send([.char("5"), .ctrlRight], to: &s)
        #expect(s.main?.tab == .reception)
        Fixtures.send([.ctrlLeft], to: &s)
        #expect(s.main?.tab == .points)
        Fixtures.send([.char("9")], to: &s)
        #expect(s.main?.tab == .points, "an unbound key changes nothing")
    }

    @Test("q quits at once when nothing is typed (on 首问接待 q is typed into the search field instead)")
    func quitWithoutInput() {
        var s = Fixtures.mainState()
        Fixtures.send([.char("2")], to: &s)
        #expect(Fixtures.send([.char("q")], to: &s) == [.quit])
        var t = Fixtures.mainState()
        #expect(Fixtures.send([.function(10)], to: &t) == [.quit])
        var u = Fixtures.mainState()
        #expect(Fixtures.send([.ctrl("q")], to: &u) == [.quit])
    }

    @Test("in a text field q is typed; Ctrl-Q with unsaved input asks first, n returns, y quits")
    func quitWithUnsavedInput() {
        var s = Fixtures.state()
        _ = AppUpdate.update(&s, .startupLoaded(committee: nil, people: []))
        Fixtures.type("q区", into: &s)
        #expect(s.firstRun?.form["committee"].text == "q区")
        #expect(Fixtures.send([.ctrl("q")], to: &s).isEmpty)
        #expect(s.modal == .confirmQuit)
        #expect(Fixtures.screenText(s).contains("尚未登录，输入不能存为草稿，退出即丢失。"), "before login there is nobody to keep a draft for")
        Fixtures.send([.char("n")], to: &s)
        #expect(s.modal == nil)
        #expect(s.firstRun?.form["committee"].text == "q区", "nothing typed is lost by saying no")
        Fixtures.send([.escape], to: &s)
        #expect(s.modal == .confirmQuit, "Esc on the first-run form leaves, asking first")
        Fixtures.send([.escape], to: &s)
        Fixtures.send([.function(10)], to: &s)
        #expect(Fixtures.send([.char("y")], to: &s) == [.quit])
    }

    @Test("? opens the help generated from the keymap of the screen it was opened on; Esc closes it")
    func help() {
        var s = Fixtures.mainState()
        Fixtures.send([.char("?")], to: &s)
        #expect(s.modal == .help(contexts: [.reception, .main, .global], scroll: 0))
        Fixtures.send(Array(repeating: .down, count: 14), to: &s)   // past the reception tab's own keys
        let text = Fixtures.screenText(s)
        #expect(text.contains("【主界面】"))
        #expect(text.contains("F2          人员"))
        Fixtures.send([.escape], to: &s)
        #expect(s.modal == nil)
        #expect(s.main?.tab == .reception)
    }

    @Test("the help stops at its end: one ↑ after many ↓ moves at once; PgDn pages, Home and End jump")
    func helpScrollsWithinItsLines() {
        var s = Fixtures.mainState()
        Fixtures.send([.char("?")], to: &s)
        let top = Fixtures.screenText(s)
        Fixtures.send([.end], to: &s)
        guard case .help(_, let end) = s.modal else { Issue.record("the help closed"); return }
        #expect(end > 0, "the reception tab's help is longer than a screen")
        let last = Fixtures.screenText(s)
        Fixtures.send(Array(repeating: .down, count: 40), to: &s)
        #expect(s.modal == .help(contexts: [.reception, .main, .global], scroll: end), "↓ past the end does not count")
        #expect(Fixtures.screenText(s) == last)
        Fixtures.send([.up], to: &s)
        #expect(s.modal == .help(contexts: [.reception, .main, .global], scroll: end - 1), "one ↑ moves at once")
        Fixtures.send([.home], to: &s)
        #expect(Fixtures.screenText(s) == top)
        Fixtures.send([.pageDown], to: &s)
        #expect(s.modal == .help(contexts: [.reception, .main, .global], scroll: min(end, s.height - 4)), "PgDn moves a page")
    }

    @Test("below 80×24 only quitting works, and the screen asks for a larger terminal")
    func tooSmall() {
        var s = Fixtures.mainState()
        _ = AppUpdate.update(&s, .resize(width: 79, height: 24))
        #expect(s.isTooSmall)
        Fixtures.send([.char("3")], to: &s)
        #expect(s.main?.tab == .reception)
        #expect(Fixtures.screenText(s).contains("请将终端放大到至少 80×24"))
        #expect(Fixtures.screenText(s).contains("当前 79×24"))
        _ = AppUpdate.update(&s, .resize(width: 80, height: 24))
        #expect(!Fixtures.screenText(s).contains("请将终端放大"))
        var t = s
        _ = AppUpdate.update(&t, .resize(width: 100, height: 23))
        #expect(Fixtures.send([.ctrl("q")], to: &t) == [.quit])
    }

    @Test("the clock is passed in: a tick changes the date on the status line")
    func tick() {
        var s = Fixtures.mainState()
        #expect(Fixtures.screenText(s).contains("2026-11-29 周日"))
        _ = AppUpdate.update(&s, .tick(Fixtures.now.addingTimeInterval(14 * 3600)))
        #expect(Fixtures.screenText(s).contains("2026-11-30 周一"), "midnight in Shanghai, 16:00 UTC")
    }

    @Test("every tab is built: each number key shows a screen of its own")
    func everyTabHasItsScreen() {
        let bodies = Tab.allCases.map { tab in
            var s = Fixtures.mainState()
            Fixtures.send([.char(Character(String(tab.rawValue + 1)))], to: &s)
            #expect(s.main?.tab == tab)
            return Fixtures.render(s).textLines()[1..<21].joined(separator: "\n")
        }
        #expect(Set(bodies).count == Tab.allCases.count)
    }

    @Test("a person with every role sees their roles and the date whole, and still the help hint: the other hints give way")
    func statusLineGivesWay() {
        let everything = Person(id: 9, name: "欧阳建国", roles: Set(Role.allCases))
        let line = Fixtures.render(Fixtures.mainState(everything)).textLines()[23]
        #expect(!line.contains("…"))
        #expect(line.contains("?帮助"))
        #expect(line.hasPrefix(" 欧阳建国（社工、书记、主任、报账员、培训员） │ 2026-11-29 周日 │"))
    }

    @Test("a name and roles too long for the line give way with …, and the help hint stays")
    func statusLineCutsOnlyWhenItMust() {
        let long = Person(id: 9, name: "欧阳建国欧阳建国欧阳建国欧阳建国", roles: Set(Role.allCases))
        let line = Fixtures.render(Fixtures.mainState(long)).textLines()[23]
        #expect(line.contains("…") && line.contains("?帮助"))
    }
}
