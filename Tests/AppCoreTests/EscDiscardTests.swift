import AppCore
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// Esc on a form with typed input asks first (issue 19), through the real update loop and storage:
/// n or Esc goes back with everything still there, y discards the input and its draft, and an
/// empty form closes at once.
@Suite struct EscDiscardTests {
    let runtime = DraftRuntimeTests()

    func started() throws -> DraftRuntimeTests.Start {
        try runtime.initialized()
        let start = try DraftRuntimeTests.Start(path: runtime.path, at: Fixtures.now)
        start.logIn("2580")
        return start
    }

    /// A reception form with a name and a room typed, written as a draft.
    func filled() throws -> DraftRuntimeTests.Start {
        let start = try started()
        start.press(.ctrl("n"), .tab)
        start.type("张桂英")
        start.press(.tab)
        start.type("12号楼301室")
        start.wait(1)
        return start
    }

    /// The screen's text without spaces and frame lines, so a wrapped sentence reads as one.
    func seen(_ state: AppState) -> String {
        Fixtures.screenText(state).filter { !$0.isWhitespace && $0 != "│" }
    }

    @Test("Esc on a filled form asks, naming what would be lost and the keys; n goes back with the input kept")
    func asksAndGoesBack() throws {
        let start = try filled()
        start.press(.escape)
        guard case .confirmDiscard(let draft) = start.state.modal else {
            Issue.record("Esc closed the form without asking: \(Fixtures.screenText(start.state))")
            return
        }
        #expect(draft.key == "reception.new")
        let screen = seen(start.state)
        #expect(screen.contains("关闭“\(Tab.reception.title)”的表单将丢弃以下已填写的内容，不留草稿："))
        #expect(screen.contains("张桂英") && screen.contains("12号楼301室"))
        #expect(screen.contains("y放弃输入") && screen.contains("n或Esc返回表单"))
        start.press(.char("n"))
        #expect(start.state.modal == nil)
        #expect(start.state.main?.reception.editor?.form["room"].text == "12号楼301室")
        start.press(.escape, .escape)
        #expect(start.state.modal == nil, "Esc in the dialog goes back too")
        #expect(start.state.main?.reception.editor?.form["resident"].text == "张桂英")
        #expect(try start.runner.database.drafts(of: 1).map(\.key) == ["reception.new"], "the draft stays while the form is open")
    }

    @Test("y discards: the form closes, the status line says so, and no draft is left for the next login")
    func confirmDiscards() throws {
        let start = try filled()
        start.press(.escape, .char("y"))
        #expect(start.state.modal == nil)
        #expect(start.state.main?.reception.editor == nil)
        #expect(start.state.message?.text == "已放弃表单中的输入")
        #expect(try start.runner.database.drafts(of: 1).isEmpty)
        let next = try DraftRuntimeTests.Start(path: runtime.path, at: Fixtures.now.addingTimeInterval(60))
        next.logIn("2580")
        #expect(next.state.modal == nil, "nothing is offered back")
    }

    @Test("a form with only the values it opened with (today's date) closes at once; a choice made counts as input")
    func emptyClosesAtOnce() throws {
        let start = try started()
        start.press(.ctrl("n"), .escape)
        #expect(start.state.modal == nil)
        #expect(start.state.main?.reception.editor == nil)
        start.press(.function(2), .char("r"), .escape)
        #expect(start.state.modal == nil)
        #expect(start.state.main?.people?.editor == nil)
        start.press(.char("r"), .char(" "), .escape)
        #expect(start.state.modal != nil, "a role ticked is input")
        start.press(.char("y"))
        #expect(start.state.main?.people?.editor == nil)
    }

    @Test("on the people screen, a filled add form asks too; the dialog fits 80×24")
    func peopleFormAsks() throws {
        let start = try started()
        start.press(.function(2), .char("a"))
        start.type("陈建国")
        start.press(.escape)
        #expect(start.state.modal.map { if case .confirmDiscard = $0 { return true } else { return false } } == true)
        #expect(seen(start.state).contains("姓名：陈建国"))
        start.press(.char("y"))
        #expect(start.state.main?.people?.editor == nil)
        #expect(start.state.main?.people != nil, "only the form closes, not the people screen")
    }
}

extension EscDiscardTests {
    @Test("a form filled back from a draft counts as typed: Esc on it asks")
    func restoredAsks() throws {
        let first = try filled()
        first.pump(AppUpdate.keepDrafts(&first.state))
        let second = try DraftRuntimeTests.Start(path: runtime.path, at: Fixtures.now.addingTimeInterval(60))
        second.logIn("2580")
        second.press(.char("y"), .escape)
        #expect(second.state.modal.map { if case .confirmDiscard = $0 { return true } else { return false } } == true)
    }
}
