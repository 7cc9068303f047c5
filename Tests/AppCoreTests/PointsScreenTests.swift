import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The 积分卡 tab at 80×24: the card in its own layout, the records behind an item, the
/// secretary's form, signature and overview; a worker sees only their own card.
@Suite struct PointsScreenTests {
    static let rules = try! RuleSet.bundledPutuo2017()
    static let november = Month(year: 2026, month: 11)!
    static let li = Fixtures.worker

    static func visit(_ id: Int64, _ day: Int, _ room: String) -> VisitRecord {
        VisitRecord(id: id, at: ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 11, day: day)!).addingTimeInterval(36_000),
                    workerID: li.id, workerName: li.name, householdID: id, room: room, residentName: "张阿姨", reason: "日常走访")
    }

    static var card: PointsCard {
        let lines = [
            PointsLine(.reception, .count(0), evidence: "《首问接待记录册》办结并经居民签字 0/0 条"),
            PointsLine(.onlineReply, .count(0), evidence: "“社区治理云平台”线上反馈：满意答复 0 条"),
            PointsLine(.visits, .households(3), evidence: "《居民区走访记录》3 条"),
            PointsLine(.duty, .count(0), evidence: "《值班签到表》按时 0/0 次"),
            PointsLine(.training, .count(2), evidence: "区社工培训通知"),
            PointsLine(.complaint, .deduction(-30), evidence: "", meetingRecord: "11-20 班子会议"),
        ]
        return PointsCard(workerID: li.id, month: november, lines: lines)
    }

    static var snapshot: PointsSnapshot {
        let visits = [visit(1, 3, "1号楼101室"), visit(2, 5, "1号楼102室"), visit(3, 9, "2号楼201室")]
        let other = PointsCard(workerID: Fixtures.secretary.id, month: november,
                               signature: Signature(personID: 1, name: "王秀兰", date: LocalDate(iso: "2026-11-28")!))
        let overview = [
            PointsOverviewRow(worker: li, card: card, total: CardTotal.of(card, rules: rules)),
            PointsOverviewRow(worker: Fixtures.secretary, card: other, total: CardTotal.of(other, rules: rules)),
        ]
        return PointsSnapshot(month: november, worker: li, card: card, rules: rules, visits: visits, shifts: [],
                              overview: overview, unsigned: [PointsReminder(name: "李明", month: november.previous)])
    }

    static func pointsState(_ user: Person = Fixtures.secretary) -> AppState {
        var s = Fixtures.mainState(user)
        // Entering reads the shown card (and the secretary's reminders); every worker's month waits for the overview page.
        #expect(Fixtures.send([.char("5")], to: &s) == [.points(.load(worker: user.id, month: nil, overview: false,
                                                                       reminders: user.has(.secretary)))])
        _ = AppUpdate.update(&s, .points(.loaded(snapshot, note: nil)))
        return s
    }

    @Test func theCardHasTheFourteenItemsInItsOwnLayoutAndTheTotal() {
        let s = Self.pointsState()
        let screen = Fixtures.screenText(s)
        for item in PointsItem.allCases { #expect(screen.contains(item.title)) }
        #expect(screen.contains("当月积分合计 -2.0 分"))   // visits: 3 households → the floor 0; training 1.0; complaint -3.0
        Golden.assert(Fixtures.render(s), named: "points-card")
    }

    @Test func enterOnVisitsListsTheRecordsBehindIt() {
        var s = Self.pointsState()
        Fixtures.send([.down, .down, .enter], to: &s)
        #expect(s.main?.points.page == .records(.visits))
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("本月走访记录 3 条，不同住户 3 户"))
        #expect(screen.contains("2号楼201室"))
        Fixtures.send([.down], to: &s)
        #expect(Fixtures.screenText(s).contains("第 2 号走访记录：2026-11-05 1号楼102室 张阿姨，事由：日常走访"))
        Golden.assert(Fixtures.render(s), named: "points-visits")
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.points.page == .card && s.main?.points.list.selected == 2)
    }

    @Test func theSecretaryAddsATrainingSessionThroughTheForm() {
        var s = Self.pointsState()
        Fixtures.send(Array(repeating: Key.down, count: 9) + [.char("a")], to: &s)
        #expect(s.main?.points.editor?.form["item"].text == "学习培训")
        Fixtures.type("1", into: &s)   // the focus starts on the first empty field, 数量/等级
        #expect(s.main?.points.editor?.form["item"].text == "学习培训")
        Fixtures.send([.tab, .tab], to: &s)
        Fixtures.type("街道培训", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        let line = PointsLine(.training, .count(1), evidence: "街道培训")
        #expect(effects == [.points(.addLine(line, worker: Self.li.id, month: Self.november, by: Fixtures.secretary.id))])
    }

    @Test func aDeductionOutsideItsRangeIsRefusedUnderItsField() {
        var s = Self.pointsState()
        Fixtures.send(Array(repeating: Key.down, count: 11) + [.char("a")], to: &s)   // the focus starts on 得分
        Fixtures.type("-6", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("11-20 会议", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.main?.points.editor?.form["points"].error?.contains("-5.0 至 -3.0") == true)
    }

    /// The first day after November: the month has ended and its cards can be signed.
    static let december1 = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 1)!).addingTimeInterval(9 * 3600)

    @Test func signingAndTheOverviewAreTheSecretarysAndAWorkerIsTold() {
        var s = Self.pointsState()
        s.now = Self.december1
        #expect(Fixtures.send([.char("s")], to: &s).isEmpty)   // asks first
        #expect(Fixtures.send([.char("y")], to: &s) == [.points(.sign(worker: Self.li.id, month: Self.november, by: Fixtures.secretary.id))])
        Fixtures.send([.char("v")], to: &s)
        #expect(s.main?.points.page == .overview)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("往月未签名：李明 2026-10"))
        Golden.assert(Fixtures.render(s), named: "points-overview")
        #expect(Fixtures.send([.char("S")], to: &s).isEmpty)
        #expect(Fixtures.send([.enter], to: &s) == [.points(.signMonth(Self.november, worker: Self.li.id, by: Fixtures.secretary.id))])
        var worker = Self.pointsState(Self.li)
        #expect(Fixtures.send([.char("s")], to: &worker).isEmpty)
        #expect(worker.message?.text == "只有书记可以签名确认积分卡（附件三 积分卡“党总支书记签名”；积分规则说明 1）")
    }

    @Test("the overview is read when first shown, kept while moving between cards, and 下一位 needs no overview")
    func theOverviewIsReadWhenShown() {
        var s = Fixtures.mainState(Fixtures.secretary)
        Fixtures.send([.char("5")], to: &s)
        var card = Self.snapshot
        card.overview = []
        card.unsigned = []
        card.hasOverview = false
        card.workers = [Self.li, Fixtures.secretary]
        _ = AppUpdate.update(&s, .points(.loaded(card, note: nil)))
        #expect(Fixtures.send([.char("w")], to: &s) == [.points(.load(worker: Fixtures.secretary.id, month: Self.november, overview: false, reminders: true))])
        #expect(Fixtures.send([.char("v")], to: &s) == [.points(.load(worker: Self.li.id, month: Self.november, overview: true, reminders: true))])
        #expect(s.main?.points.page == .overview)
        #expect(Fixtures.screenText(s).contains("正在读取积分卡"))
        _ = AppUpdate.update(&s, .points(.loaded(Self.snapshot, note: nil)))
        #expect(Fixtures.screenText(s).contains("往月未签名：李明 2026-10"))
        #expect(Fixtures.send([.char("v")], to: &s).isEmpty, "back to the card: nothing to read")
        #expect(Fixtures.send([.char("w")], to: &s) == [.points(.load(worker: Fixtures.secretary.id, month: Self.november, overview: true, reminders: true))])
    }
}

/// After signing: the form amends with a reason, and a worker's card has no overview.
@Suite struct PointsAmendTests {
    static func signedState(_ user: Person = Fixtures.secretary) -> AppState {
        var snapshot = PointsScreenTests.snapshot
        snapshot.card = try! snapshot.card.signed(by: Fixtures.secretary, on: LocalDate(iso: "2026-12-01")!, rules: PointsScreenTests.rules).get()
        var s = Fixtures.mainState(user)
        Fixtures.send([.char("5")], to: &s)
        _ = AppUpdate.update(&s, .points(.loaded(snapshot, note: nil)))
        return s
    }

    @Test func aSignedCardIsAmendedWithAReasonNeverEdited() {
        var s = Self.signedState()
        #expect(Fixtures.screenText(s).contains("书记签名：王秀兰 2026-12-01"))
        Fixtures.send([.char("a")], to: &s)
        #expect(s.message?.text.contains("内容不得涂改") == true)
        Fixtures.send(Array(repeating: Key.down, count: 6) + [.char("m")], to: &s)   // 获奖情况: no line yet, so one is added; the focus starts on 数量/等级
        #expect(s.main?.points.editor?.mode == .amend)
        Fixtures.type("个人区级", into: &s)
        Fixtures.send([.tab, .tab], to: &s)
        Fixtures.type("区优秀社工证书", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.main?.points.editor?.form["reason"].error != nil)   // the refusal puts the cursor in 更正理由
        Fixtures.type("漏记获奖", into: &s)
        let line = PointsLine(.awards, .award(.individual, .district), evidence: "区优秀社工证书")
        #expect(Fixtures.send([.enter], to: &s) == [.points(.amendLine(worker: PointsScreenTests.li.id, month: PointsScreenTests.november,
                                                                     index: nil, line: line, reason: "漏记获奖", by: Fixtures.secretary.id))])
    }

    @Test func aWorkerSeesOnlyTheirOwnCard() {
        var s = Self.signedState(PointsScreenTests.li)
        #expect(!Fixtures.screenText(s).contains("全体社工"))
        #expect(Fixtures.send([.char("v")], to: &s).isEmpty && s.main?.points.page == .card)
        #expect(Fixtures.send([.enter], to: &s).isEmpty && s.main?.points.page == .records(.reception))
        #expect(Fixtures.screenText(s).contains("《首问接待记录册》办结并经居民签字 0/0 条；本月本人的接待记录如下"))
    }
}

/// A typed figure the rules do not give is refused under 得分, with the rule's sentence.
@Suite struct PointsFormFieldTests {
    @Test func pointsThatDisagreeWithTheRuleAreMarkedOnTheirField() {
        var s = PointsScreenTests.pointsState()
        Fixtures.send(Array(repeating: Key.down, count: 6) + [.char("a")], to: &s)
        Fixtures.type("个人区级", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("5", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("区优秀社工证书", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.main?.points.editor?.form["points"].error?.hasPrefix("填写的得分 5 与规则不符：获奖情况：个人区级奖项 4.0 分") == true)
    }
}

/// Signing (issue 19): only after the month has ended, and never with one key — a dialog says
/// what the card or cards hold and that a signed card is only ever amended.
@Suite struct PointsSigningScreenTests {
    static func afterNovember() -> AppState {
        var s = PointsScreenTests.pointsState()
        s.now = PointsScreenTests.december1
        return s
    }

    @Test func signingBeforeTheMonthHasEndedIsRefusedWithTheReason() {
        var s = PointsScreenTests.pointsState()   // 2026-11-29
        for key in ["s", "S"] {
            #expect(Fixtures.send([.char(Character(key))], to: &s).isEmpty)
            #expect(s.main?.points.signing == nil)
            #expect(s.message?.text.hasPrefix("2026年11月尚未结束，2026-12-01 起才能签名") == true)
            #expect(s.message?.text.contains("本程序的做法") == true)
        }
    }

    @Test func aCardAsksFirstListingItsItemsTotalAndThatItIsFinal() {
        var s = Self.afterNovember()
        #expect(Fixtures.send([.char("s")], to: &s).isEmpty)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("签名确认：李明 2026年11月积分卡"))
        #expect(screen.contains("学习培训 1.0"))
        #expect(screen.contains("当月积分合计 -2.0 分"))
        #expect(screen.contains("不得涂改"))
        Golden.assert(Fixtures.render(s), named: "points-sign-confirm")
        #expect(Fixtures.send([.char("n")], to: &s).isEmpty)
        #expect(s.main?.points.signing == nil && s.message?.text == "未签名，积分卡保持原样")
    }

    @Test func signingTheMonthListsHowManyCardsAndWhose() {
        var s = Self.afterNovember()
        Fixtures.send([.char("v")], to: &s)
        #expect(Fixtures.send([.char("S")], to: &s).isEmpty)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("将一次签名 1 张积分卡"))
        #expect(screen.contains("李明 -2.0 分"))
        #expect(!screen.contains("王秀兰 0.0 分"))   // already signed: not signed again
        Golden.assert(Fixtures.render(s), named: "points-sign-all-confirm")
        #expect(Fixtures.send([.escape], to: &s).isEmpty && s.main?.points.signing == nil)
    }

    @Test func signingTheMonthWithoutTheOverviewShowsItFirst() {
        var s = Self.afterNovember()
        var snapshot = PointsScreenTests.snapshot
        snapshot.overview = []
        snapshot.hasOverview = false
        _ = AppUpdate.update(&s, .points(.loaded(snapshot, note: nil)))
        let effects = Fixtures.send([.char("S")], to: &s)
        #expect(effects == [.points(.load(worker: PointsScreenTests.li.id, month: PointsScreenTests.november, overview: true, reminders: true))])
        #expect(s.main?.points.page == .overview && s.main?.points.signing == nil)
        #expect(s.message?.text.contains("核对") == true)
    }
}
