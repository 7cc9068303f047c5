import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The 巡查 page (F5) at 80×24: a month's findings one a row with their handling and state, the
/// form that records a patrol, closing a finding, and the open ones past the rule set's days.
@Suite struct PatrolsScreenTests {
    static let november = Month(year: 2026, month: 11)!

    static let patrols = [
        Patrol(id: 1, date: LocalDate(iso: "2026-11-03")!, patrollers: ["李明"], zone: "一片", buildings: "5号楼", findings: [
            PatrolFinding(id: 1, category: .fireSafety, place: "5号楼楼道", problem: "电瓶车在楼道充电",
                          handling: .gridCentre(caseNumber: "PT2026-118")),
            PatrolFinding(id: 2, category: .environment, place: "5号楼门口", problem: "垃圾散落", handling: .onTheSpot,
                          closure: FindingClosure(date: LocalDate(iso: "2026-11-03")!, outcome: "当场处理")),
        ]),
        Patrol(id: 2, date: LocalDate(iso: "2026-11-25")!, patrollers: ["王秀兰", "李明"], zone: "二片", findings: []),
    ]

    static func pageState(_ user: Person = Fixtures.worker) -> AppState {
        var s = Fixtures.mainState(user)
        #expect(Fixtures.send([.function(5)], to: &s) == [.patrols(.load(november))])
        _ = AppUpdate.update(&s, .patrols(.loaded(november, patrols)))
        return s
    }

    @Test func f5ListsTheMonthsFindingsWithTheirHandlingAndState() {
        let s = Self.pageState()
        #expect(s.keyContexts.first == .patrols)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("网格巡查 · 2026年11月（巡查 2 次）"))
        #expect(screen.contains("#1") && screen.contains("网格中心") && screen.contains("逾期"), "open since 11-03: past 15 days on 11-29")
        #expect(screen.contains("（未发现问题）") && screen.contains("处理：转街镇网格化管理中心（案件 PT2026-118）"))
        Golden.assert(Fixtures.render(s), named: "patrols-list")
    }

    @Test func aFindingHandedToTheGridCentreIsClosedWithWhatWasDone() {
        var s = Self.pageState()
        Fixtures.send([.char("c")], to: &s)
        #expect(s.activeForm?["date"].text == "2026-11-29")
        Fixtures.send([.tab], to: &s)
        Fixtures.type("网格中心已清理通道", into: &s)
        let closure = FindingClosure(date: LocalDate(iso: "2026-11-29")!, outcome: "网格中心已清理通道")
        #expect(Fixtures.send([.enter], to: &s) == [.patrols(.close(1, closure, by: Fixtures.worker.id))])
        #expect(AppUpdate.update(&s, .patrols(.closed(1))) == [.patrols(.load(Self.november))])
        #expect(s.message?.text == "第 1 号问题已办结")
        Fixtures.send([.down], to: &s)
        _ = AppUpdate.update(&s, .patrols(.loaded(Self.november, Self.patrols)))
        Fixtures.send([.down, .char("c")], to: &s)
        #expect(s.activeForm == nil && s.message?.text == "这一行没有未办结的问题")
    }

    @Test func aPatrolIsRecordedWithItsFindingAndTheGridCentresCaseNumberIsAskedFor() {
        var s = Self.pageState()
        Fixtures.send([.char("a")], to: &s)
        #expect(s.activeForm?["people"].text == "李明" && s.activeForm?["zone"].text == "一片")
        Golden.assert(Fixtures.render(s), named: "patrols-form")
        Fixtures.send([.tab, .tab, .tab, .tab, .right, .right, .right], to: &s)   // 消防安全
        Fixtures.send([.tab], to: &s)
        Fixtures.type("3号楼楼道", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("堆放纸箱", into: &s)
        Fixtures.send([.tab, .right, .right], to: &s)                               // 转街镇网格化管理中心
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.activeForm?["reference"].error == PatrolText.noCaseNumber)
        #expect(s.activeForm?.focus == 8, "the focus waits on the case number")
        Fixtures.type("PT2026-130", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        let finding = PatrolFinding(category: .fireSafety, place: "3号楼楼道", problem: "堆放纸箱", handling: .gridCentre(caseNumber: "PT2026-130"))
        let patrol = Patrol(date: LocalDate(iso: "2026-11-29")!, patrollers: ["李明"], zone: "一片", buildings: "", findings: [finding])
        #expect(effects == [.patrols(.record(patrol, by: Fixtures.worker.id))])
    }

    @Test func oListsTheOpenFindingsPastTheDays() {
        var s = Self.pageState()
        #expect(Fixtures.send([.char("o")], to: &s) == [.patrols(.loadOpen)])
        _ = AppUpdate.update(&s, .patrols(.loaded(nil, [Self.patrols[0]])))
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("逾期未办结（发现后超过 15 天，本程序取值）") && screen.contains("电瓶车在楼道充电") && !screen.contains("垃圾散落"))
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.patrols == nil)
    }
}
