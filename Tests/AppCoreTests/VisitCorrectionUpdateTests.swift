import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Correcting a visit on screen: c opens its form filled in, a reason is required, and the
/// correction goes to storage as a new record naming the old one.
@Suite struct VisitCorrectionUpdateTests {
    func correcting() -> AppState {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        Fixtures.send([.down, .char("c")], to: &s)
        return s
    }

    func field(_ s: AppState, _ id: String) -> FormField? { s.main?.visits.editor?.form[id] }

    @Test func cOpensTheSelectedVisitFilledIn() {
        let s = correcting()
        #expect(s.main?.visits.editor?.mode == .correct(VisitFixtures.visits(3)[1]))
        #expect(field(s, "room")?.text == "1号楼201室" && field(s, "reason")?.text == "日常走访")
        #expect(field(s, "at")?.text == "2026-11-28 22:00")
        #expect(Fixtures.screenText(s).contains("更正第 2 号走访记录 · 走访人：王秀兰 · 原记录保留不改"))
    }

    @Test func aCorrectionNeedsItsReason() {
        var s = correcting()
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(field(s, "correctionReason")?.error == "更正理由不能为空")
        #expect(s.main?.visits.editor?.form.focused.id == "correctionReason")
    }

    @Test func theCorrectionIsSentAsANewRecordOfTheOldOne() throws {
        var s = correcting()
        Fixtures.send(Array(repeating: .tab, count: 4) + [.ctrl("u")], to: &s)
        Fixtures.type("送慰问", into: &s)
        Fixtures.send(Array(repeating: .tab, count: 4), to: &s)
        Fixtures.type("事由写错", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty, "the fixture's room is not in the registry: a second Enter adds it")
        let effects = Fixtures.send([.enter], to: &s)
        let record = VisitFixtures.visits(3)[1]
        var draft = record.draft
        draft.reason = "送慰问"
        #expect(effects == [.visits(.correct(visitID: 2, draft, reason: "事由写错", user: Fixtures.secretary, addHousehold: true,
                                             allZones: false))])
    }

    @Test func aSupersededVersionInTheSheetIsNotCorrectedAgain() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(1)))
        var old = VisitFixtures.visits(1)[0]
        old.correctedBy = 9
        _ = AppUpdate.update(&s, .visits(.sheet([old], shown: old.id)))
        Fixtures.send([.char("c")], to: &s)
        #expect(s.main?.visits.editor == nil)
        #expect(s.message?.text == "这条记录已由第 9 号记录更正：请更正最新的一条")
    }

    @Test func theCorrectionFormGolden() {
        var s = correcting()
        Fixtures.send([.enter], to: &s)
        Golden.assert(Fixtures.render(s), named: "visits-correct")
    }
}
