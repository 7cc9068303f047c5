import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Golden screens of the reception log at 80×24: the form, the follow-ups and the history search.
@Suite struct ReceptionLogGoldenTests {
    @Test func form() {
        var s = Fixtures.mainState()
        Fixtures.send([.ctrl("n"), .tab], to: &s)
        Fixtures.type("张桂英", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("12号楼30", into: &s)
        Golden.assert(Fixtures.render(s), named: "reception-form")
    }

    @Test func followUps() {
        var s = Fixtures.mainState()
        Fixtures.send([.ctrl("f")], to: &s)
        let late = ReceptionLogUpdateTests.record(id: 3, due: "2026-11-25")
        var soon = ReceptionLogUpdateTests.record(id: 9, due: "2026-12-02", worker: Fixtures.worker)
        soon.original.residentName = "李国强"
        soon.original.question = "老年综合津贴什么时候发放"
        _ = AppUpdate.update(&s, .reception(.followUps(FollowUpPage(records: [late, soon], offset: 0, total: 2, overdue: 1))))
        Golden.assert(Fixtures.render(s), named: "reception-follow-ups")
    }

    @Test func historyAndARecord() {
        var s = Fixtures.mainState(Fixtures.worker)
        Fixtures.send([.ctrl("r")], to: &s)
        Fixtures.type("张桂英", into: &s)
        Fixtures.send([.enter], to: &s)
        var amended = ReceptionLogUpdateTests.record(id: 3, due: nil, signed: true)
        var corrected = amended.original
        corrected.actionTaken = "已告知须带户口簿、身份证"
        amended.amendments = [.init(at: Fixtures.now, byName: "王秀兰", reason: "补记办理情况", content: corrected)]
        _ = AppUpdate.update(&s, .reception(.found([amended, ReceptionLogUpdateTests.record(id: 2)])))
        Golden.assert(Fixtures.render(s), named: "reception-history")
        Fixtures.send([.enter], to: &s)
        let text = Fixtures.screenText(s)
        #expect(text.contains("138****1234"), "the phone is masked for a worker who did not receive the resident")
        #expect(text.contains("原为“—”") || text.contains("原为“（空）”，改为“已告知须带户口簿、身份证”"))
        Golden.assert(Fixtures.render(s), named: "reception-record")
    }
}
