import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// A deduction's 会议记录 chosen from the meetings (附件三 积分规则说明 3): Enter on the empty field
/// lists the 居委会班子会议 decisions, Enter puts the chosen one's code in; a typed record still submits.
@Suite struct PointsDecisionPickerTests {
    static let decisions = [
        DecisionCitation(meetingID: 12, number: 1, kind: .committeeBoard, date: LocalDate(iso: "2026-11-20")!, text: "李明居民投诉扣 3 分"),
        DecisionCitation(meetingID: 12, number: 2, kind: .committeeBoard, date: LocalDate(iso: "2026-11-20")!, text: "下月起每周一例会讲评"),
    ]

    static func complaintForm(decisions: [DecisionCitation] = decisions) -> AppState {
        var s = Fixtures.mainState()
        Fixtures.send([.char("5")], to: &s)
        var snapshot = PointsScreenTests.snapshot
        snapshot.decisions = decisions
        _ = AppUpdate.update(&s, .points(.loaded(snapshot, note: nil)))
        Fixtures.send(Array(repeating: Key.down, count: 11) + [.char("a")], to: &s)   // 居民投诉; the focus starts on 得分
        Fixtures.type("-3", into: &s)
        Fixtures.send([.tab], to: &s)
        return s
    }

    @Test func enterOnTheEmptyFieldListsTheBoardsDecisionsAndFillsTheChosenCode() {
        var s = Self.complaintForm()
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.main?.points.editor?.picker != nil)
        Fixtures.send([.down], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("选择居委会班子会议的决定") && screen.contains("#12-2 2026-11-20 下月起每周一例会讲评"))
        Golden.assert(Fixtures.render(s), named: "points-decision-picker")
        Fixtures.send([.up, .enter], to: &s)
        #expect(s.main?.points.editor?.picker == nil && s.activeForm?["evidence"].text == "#12-1")
        let line = PointsLine(.complaint, .deduction(-30), evidence: "", meetingRecord: "#12-1")
        #expect(Fixtures.send([.enter], to: &s) == [.points(.addLine(line, worker: Fixtures.worker.id, month: PointsScreenTests.november,
                                                                      by: Fixtures.secretary.id))])
    }

    @Test func escClosesTheListAndATypedRecordOrNoDecisionsSubmitAsBefore() {
        var s = Self.complaintForm()
        Fixtures.send([.enter, .escape], to: &s)
        #expect(s.main?.points.editor?.picker == nil && s.main?.points.editor != nil, "Esc closes the list, not the form")
        Fixtures.type("2026-10-12 班子会议记录", into: &s)
        #expect(Fixtures.send([.enter], to: &s).count == 1)
        var none = Self.complaintForm(decisions: [])
        Fixtures.type("x", into: &none)
        Fixtures.send([.backspace], to: &none)
        #expect(Fixtures.send([.enter], to: &none).isEmpty && none.main?.points.editor?.picker == nil)
        #expect(none.activeForm?["evidence"].error != nil, "no decision to choose: the form asks for the record")
    }
}
