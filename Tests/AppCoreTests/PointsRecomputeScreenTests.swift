import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// 签名后新增 on a signed card: the records that reached the month after signing are listed (what,
/// when, the points they would add); m on that item asks for a reason, then asks before it
/// recomputes the item as a new amendment; n keeps the card and what was typed.
@Suite struct PointsRecomputeScreenTests {
    static let rules = PointsScreenTests.rules
    static let written = ShanghaiCalendar.startOfDay(LocalDate(iso: "2026-12-03")!).addingTimeInterval(14 * 3600 + 20 * 60)

    /// The signed card of PointsScreenTests, with one reception record signed by the resident after the card.
    static let recomputed = PointsLine(.reception, .count(1), evidence: "《首问接待记录册》办结并经居民签字 1/1 条")

    static func lateState(_ user: Person = Fixtures.secretary) -> AppState {
        var s = PointsAmendTests.signedState(user)
        guard var snapshot = s.main?.points.snapshot else { return s }
        let now = recomputed
        let record = LateRecord(item: .reception, recordID: 12, what: "第 12 号接待记录（11-28）居民签字", at: written)
        snapshot.late = LateAddition.of(snapshot.card, recomputed: [now], records: [record], rules: rules)
        let draft = ReceptionDraft(at: Fixtures.now.addingTimeInterval(-86_400), residentName: "张阿姨", room: "12号楼301室",
                                   phone: "13812341234", category: "社会救助", question: "低保怎么申请", outcome: .done)
        snapshot.receptions = [ReceptionRecord(id: 12, workerID: PointsScreenTests.li.id, workerName: "李明", original: draft,
                                               signature: .init(at: written, byName: "李明"))]
        _ = AppUpdate.update(&s, .points(.loaded(snapshot, note: nil)))
        return s
    }

    @Test("the card lists what was added after signing, the records and the points they would add")
    func theCardListsLateAdditions() {
        var s = Self.lateState()
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("签名后新增（未计入）首问接待 0 次 0.0 分 → 1 次 0.2 分，+0.2 分；按 m 重算"))
        #expect(screen.contains("第 12 号接待记录（11-28）居民签字 12-03 14:20"))
        #expect(screen.contains("书记签名：王秀兰 2026-12-01"))
        Golden.assert(Fixtures.render(s), named: "points-card-late")
        Fixtures.send([.down], to: &s)   // another item: the note stays, its records only under their own item
        #expect(Fixtures.screenText(s).contains("签名后新增（未计入）首问接待"))
        #expect(!Fixtures.screenText(s).contains("第 12 号接待记录"))
    }

    @Test("m on the item asks for the reason, then asks before recomputing; y sends the amendment")
    func recomputeAsksFirst() {
        var s = Self.lateState()
        #expect(Fixtures.send([.char("m")], to: &s) == [])
        #expect(s.main?.points.editor?.mode == .recompute(.reception))
        #expect(Fixtures.send([.enter], to: &s) == [])   // no reason: refused beside its field
        #expect(s.main?.points.signing == nil)
        #expect(Fixtures.screenText(s).contains("必填"))
        Fixtures.type("居民12月3日补签", into: &s)
        #expect(Fixtures.send([.enter], to: &s) == [])
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("按记录重算“首问接待”（签名后新增）"))
        #expect(screen.contains("第 12 号接待记录（11-28）居民签字 12-03 14:20"))
        #expect(screen.contains("更正理由：居民12月3日补签"))
        #expect(screen.contains("原签名及签名时的内容保留不变"))
        Golden.assert(Fixtures.render(s), named: "points-recompute-ask")
        var no = s
        Fixtures.send([.char("n")], to: &no)
        #expect(no.main?.points.signing == nil && no.main?.points.editor?.form["reason"].text == "居民12月3日补签")
        #expect(no.message?.text == "未重算，积分卡保持原样")
        #expect(Fixtures.send([.char("y")], to: &s) == [.points(.recompute(worker: PointsScreenTests.li.id, month: PointsScreenTests.november,
                                                                          line: Self.recomputed, reason: "居民12月3日补签",
                                                                          by: Fixtures.secretary.id))])
    }

    @Test("refused because a record arrived after the confirmation: the card is read again, the reason kept, Enter asks with the new line")
    func aRefusalReadsTheCardAgainAndKeepsTheReason() throws {
        var s = Self.lateState()
        Fixtures.send([.char("m")], to: &s)
        Fixtures.type("居民补签", into: &s)
        Fixtures.send([.enter], to: &s)
        _ = Fixtures.send([.char("y")], to: &s)
        var snapshot = try #require(s.main?.points.snapshot)
        let now = PointsLine(.reception, .count(2), evidence: "《首问接待记录册》办结并经居民签字 2/2 条")
        let record = LateRecord(item: .reception, recordID: 13, what: "第 13 号接待记录（11-29）居民签字", at: Self.written)
        snapshot.late = LateAddition.of(snapshot.card, recomputed: [now], records: [record], rules: Self.rules)
        let why = "确认之后“首问接待”的记录又有变化（确认时为 1 次 0.2 分，现为 2 次 0.4 分），未重算；请重新查看签名后新增的记录，再按重算"
        _ = AppUpdate.update(&s, .points(.recomputeRefused(snapshot, because: why)))
        #expect(s.message?.text == why && s.message?.kind == .error)
        let shown = Fixtures.screenText(s).filter { !$0.isWhitespace && $0 != "│" }
        #expect(shown.contains(why.filter { !$0.isWhitespace }), "\(Fixtures.screenText(s))")   // whole at 80×24
        #expect(s.main?.points.editor?.form["reason"].text == "居民补签")
        #expect(Fixtures.send([.enter], to: &s) == [])
        #expect(Fixtures.screenText(s).contains("首问接待 0 次 0.0 分 → 2 次 0.4 分"))
        #expect(Fixtures.send([.char("y")], to: &s) == [.points(.recompute(worker: PointsScreenTests.li.id, month: PointsScreenTests.november,
                                                                          line: now, reason: "居民补签", by: Fixtures.secretary.id))])
    }

    @Test("the records behind the item mark the late one 签名后, not 计分, and say why")
    func theLateRecordIsNotMarkedCounted() {
        var s = Self.lateState()
        Fixtures.send([.enter], to: &s)
        let screen = Fixtures.screenText(s)
        let row = screen.split(separator: "\n").first { $0.contains("12号楼301室") } ?? ""
        #expect(row.contains("签名后") && !row.contains("计分"))
        #expect(screen.contains("书记重算后才计分"))
        var recomputed = Self.lateState()
        guard var snapshot = recomputed.main?.points.snapshot else { return }
        snapshot.late = []
        _ = AppUpdate.update(&recomputed, .points(.loaded(snapshot, note: nil)))
        Fixtures.send([.enter], to: &recomputed)
        #expect(Fixtures.screenText(recomputed).contains("已办结，居民已签字，计分"))
    }

    @Test("m on a computed item whose records did not change since signing says there is nothing to amend")
    func nothingLateNothingToRecompute() {
        var s = Self.lateState()
        Fixtures.send([.down, .char("m")], to: &s)
        #expect(s.main?.points.editor == nil)
        #expect(s.message?.text.contains("“线上反馈”由各模块的记录自动计算，签名后记录没有变化") == true)
    }

    @Test("a worker sees the late additions but has no key to recompute")
    func aWorkerCannotRecompute() {
        var s = Self.lateState(Fixtures.worker)
        #expect(Fixtures.screenText(s).contains("签名后新增（未计入）首问接待"))
        Fixtures.send([.char("m")], to: &s)
        #expect(s.main?.points.editor == nil)
    }
}
