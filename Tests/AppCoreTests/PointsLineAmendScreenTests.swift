import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// On a signed card, m on an item's row changes or strikes its line (the original shown beside
/// the new value), and is refused on the items the records prove; Enter on 首问接待 and 线上反馈
/// lists the records behind them, Enter on one opens it; y shows the street's ranking with the
/// imported committees marked.
@Suite struct PointsLineAmendScreenTests {
    static let training = 9   // the row of 学习培训 on the card
    static let trainingLine = 4   // its line among the card's lines

    static func amendedState() -> AppState {
        var s = PointsAmendTests.signedState()
        var snapshot = PointsScreenTests.snapshot
        let signed = try! snapshot.card.signed(by: Fixtures.secretary, on: LocalDate(iso: "2026-12-01")!, rules: PointsScreenTests.rules).get()
        snapshot.card = try! signed.amending(line: trainingLine, to: PointsLine(.training, .count(1), evidence: "区社工培训通知"),
                                             reason: "第二次培训未出席", by: Fixtures.secretary, on: LocalDate(iso: "2026-11-30")!,
                                             rules: PointsScreenTests.rules).get()
        _ = AppUpdate.update(&s, .points(.loaded(snapshot, note: nil)))
        return s
    }

    @Test("m on a line: 改值 with the line's values filled in, or 划去; both go out with the reason and the line they point at")
    func changeOrStrike() {
        var s = PointsAmendTests.signedState()
        Fixtures.send(Array(repeating: Key.down, count: Self.training) + [.char("m")], to: &s)
        #expect(s.main?.points.editor?.mode == .amendLine(Self.trainingLine))
        #expect(s.main?.points.editor?.form["quantity"].text == "2" && s.main?.points.editor?.form["evidence"].text == "区社工培训通知")
        Golden.assert(Fixtures.render(s), named: "points-amend-line")
        Fixtures.send([.tab, .tab, .backspace], to: &s)
        Fixtures.type("1", into: &s)
        Fixtures.send([.tab, .tab, .tab], to: &s)
        Fixtures.type("第二次培训未出席", into: &s)
        let changed = PointsLine(.training, .count(1), evidence: "区社工培训通知")
        #expect(Fixtures.send([.enter], to: &s) == [.points(.amendLine(worker: PointsScreenTests.li.id, month: PointsScreenTests.november,
                                                                     index: Self.trainingLine, line: changed, reason: "第二次培训未出席",
                                                                     by: Fixtures.secretary.id))])
        var struck = PointsAmendTests.signedState()
        Fixtures.send(Array(repeating: Key.down, count: Self.training) + [.char("m"), .right], to: &struck)
        Fixtures.send(Array(repeating: Key.tab, count: 5), to: &struck)
        Fixtures.type("误记", into: &struck)
        #expect(Fixtures.send([.enter], to: &struck) == [.points(.amendLine(worker: PointsScreenTests.li.id, month: PointsScreenTests.november,
                                                                          index: Self.trainingLine, line: nil, reason: "误记",
                                                                          by: Fixtures.secretary.id))])
    }

    @Test("the items the records prove are not amended by hand: with nothing new since signing, the screen says so")
    func computedItemsAreRefused() {
        var s = PointsAmendTests.signedState()
        for row in 0..<4 {
            var t = s
            Fixtures.send(Array(repeating: Key.down, count: row) + [.char("m")], to: &t)
            #expect(t.main?.points.editor == nil)
            #expect(t.message?.text.contains("由各模块的记录自动计算，签名后记录没有变化，无须更正") == true)
        }
        Fixtures.send([.char("m")], to: &s)
        #expect(Fixtures.screenText(s).contains("“首问接待”由各模块的记录自动计算，签名后记录没有变化"))
    }

    @Test("the amended card shows the new value beside the original, and why")
    func theOriginalStaysVisible() {
        var s = Self.amendedState()
        Fixtures.send(Array(repeating: Key.down, count: Self.training), to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("0.5(原1.0)"))
        #expect(screen.contains("2026-11-30 王秀兰 改值 学习培训：原 2 次 1.0 分 → 1 次 0.5 分"))
        #expect(screen.contains("（理由：第二次"))
        Golden.assert(Fixtures.render(s), named: "points-card-amended")
    }

    static func withRecords() -> AppState {
        var s = PointsScreenTests.pointsState()
        var snapshot = PointsScreenTests.snapshot
        let draft = ReceptionDraft(at: Fixtures.now.addingTimeInterval(-86_400), residentName: "张阿姨", room: "12号楼301室",
                                   phone: "13812341234", category: "社会救助", question: "低保怎么申请", outcome: .done)
        snapshot.receptions = [ReceptionRecord(id: 12, workerID: PointsScreenTests.li.id, workerName: "李明", original: draft,
                                               signature: .init(at: Fixtures.now, byName: "李明"))]
        snapshot.replies = [OnlineRepliesUpdateTests.reply(id: 3, satisfied: true)]
        _ = AppUpdate.update(&s, .points(.loaded(snapshot, note: nil)))
        return s
    }

    @Test("Enter on 首问接待 lists the month's records behind it; Enter on one opens it; Esc goes back step by step")
    func receptionRecordsBehindTheItem() {
        var s = Self.withRecords()
        Fixtures.send([.enter], to: &s)
        #expect(s.main?.points.page == .records(.reception))
        #expect(Fixtures.screenText(s).contains("低保怎么申请") && Fixtures.screenText(s).contains("已签字"))
        Golden.assert(Fixtures.render(s), named: "points-reception-records")
        Fixtures.send([.enter], to: &s)
        #expect(s.main?.points.page == .record(.reception, 0))
        let record = Fixtures.screenText(s)
        #expect(record.contains("接待记录 No.12") && record.contains("138****1234"))   // the secretary did not receive the resident
        #expect(record.contains("Esc 返回记录列表") && !record.contains("e 更正"))   // the reception tab's keys are not offered here
        Golden.assert(Fixtures.render(s), named: "points-reception-record")
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.points.page == .records(.reception))
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.points.page == .card)
    }

    @Test("Enter on 线上反馈 lists the answers behind it; Enter on one opens it in full")
    func onlineRepliesBehindTheItem() {
        var s = Self.withRecords()
        Fixtures.send([.down, .enter], to: &s)
        #expect(s.main?.points.page == .records(.onlineReply))
        #expect(Fixtures.screenText(s).contains("垃圾分类投放时间？") && Fixtures.screenText(s).contains("满意"))
        Fixtures.send([.enter], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("答复内容：每日 7:00–9:00") && screen.contains("已完整解答，居民满意：计 0.5 分"))
    }

    @Test("y shows the year's ranking, each row with its source: 本会 or 导入 and the day")
    func theRanking() {
        var s = PointsScreenTests.pointsState()
        #expect(Fixtures.send([.char("y")], to: &s) == [.points(.ranking(year: 2026))])
        let rules = PointsScreenTests.rules
        let entries = [
            YearRanking.Entry(workerID: 1, name: "李明", streetOffice: "长寿路街道", total: 1180, committee: "长寿路第一居委会"),
            YearRanking.Entry(workerID: 2, name: "赵敏", streetOffice: "长寿路街道", total: 1203, committee: "长寿路第二居委会",
                              importedOn: LocalDate(iso: "2026-12-05")),
        ]
        _ = AppUpdate.update(&s, .points(.ranking(PointsRanking(year: 2026, offices: YearRanking.rank(entries, rules: rules), rules: rules))))
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("导入 2026-12-05") && screen.contains("本会"))
        #expect(screen.contains("长寿路第二居委会（2026-12-05 导入）"))
        Golden.assert(Fixtures.render(s), named: "points-ranking")
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.points.page == .card)
        let text = PointsReport.rankingText(year: 2026, ranked: YearRanking.rank(entries, rules: rules), rules: rules)
        #expect(text.contains("导入 2026-12-05") && text.contains("其中由各居委会导出文件导入的：长寿路第二居委会（2026-12-05 导入）"))
    }
}
