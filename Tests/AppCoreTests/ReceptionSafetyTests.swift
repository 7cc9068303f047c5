import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Two things the reception form must never do: let F10 throw away a form left open under the
/// policy search, and show a resident's full phone to a worker who did not receive them.
@Suite struct ReceptionSafetyTests {
    var state = Fixtures.mainState()
    var reception: ReceptionState { state.main!.reception }

    @Test("F10 while the policy search is open over a typed form asks first; n goes back to the search, the form kept")
    mutating func quitAsksUnderTheSearch() {
        Fixtures.send([.ctrl("n"), .tab], to: &state)
        Fixtures.type("张桂英", into: &state)
        Fixtures.send(Array(repeating: .tab, count: 4), to: &state)
        Fixtures.type("dbsq", into: &state)
        Fixtures.send([.enter], to: &state)
        #expect(reception.isPicking)
        #expect(Fixtures.send([.function(10)], to: &state).isEmpty, "no quit effect")
        #expect(state.modal == .confirmQuit)
        #expect(Fixtures.screenText(state).contains("输入会存为草稿，下次登录时可恢复。"), "the dialog says the draft is kept")
        Fixtures.send([.char("n")], to: &state)
        #expect(state.modal == nil && reception.isPicking && reception.editor?.form["resident"].text == "张桂英")
    }

    @Test("F10 on the search with no form open still quits at once")
    mutating func quitWithoutAForm() {
        #expect(Fixtures.send([.function(10)], to: &state) == [.quit])
    }

    /// A record received by 李明, opened by `viewer` and corrected with e.
    static func correction(by viewer: Person) -> AppState {
        var s = Fixtures.mainState(viewer)
        let record = ReceptionLogUpdateTests.record(signed: true, worker: Fixtures.worker)
        Fixtures.send([.ctrl("t")], to: &s)
        _ = AppUpdate.update(&s, .reception(.today([record])))
        Fixtures.send([.enter, .char("e")], to: &s)
        return s
    }

    @Test("a correction by another worker shows the phone masked and keeps it when the box is left empty")
    func otherWorkerSeesTheNumberMasked() {
        var s = Self.correction(by: Fixtures.secretary)
        let form = s.main!.reception.editor!.form
        #expect(form["phone"].text.isEmpty && form["phone"].hint == "现 138****1234 · 留空不改，- 删除")
        #expect(!Fixtures.screenText(s).contains("13812341234"))
        Fixtures.send(Array(repeating: .tab, count: 11), to: &s)
        Fixtures.type("电话记错", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        guard case .reception(.amend(_, let content, _, _)) = effects.first else { Issue.record("no amend: \(effects)"); return }
        #expect(content.phone == "13812341234", "an empty box keeps the number")
    }

    @Test("the worker who received the resident sees the number in the box")
    func receiverSeesTheNumber() {
        let s = Self.correction(by: Fixtures.worker)
        #expect(s.main!.reception.editor!.form["phone"].text == "13812341234")
    }
}
