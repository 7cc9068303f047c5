import Testing
@testable import Domain

/// 网格巡查 (实施意见 二(四)): a patrol's record, a finding's handling and closing, the overdue list
/// (rule set `patrols.open_days`, 本程序取值) and the month summary by category and zone.
@Suite struct PatrolRulesTests {
    let rules = Fixtures.rules
    let day = LocalDate(year: 2026, month: 11, day: 10)!

    func finding(_ category: FindingCategory = .fireSafety, _ handling: FindingHandling = .committee, place: String = "5号楼楼道",
                 problem: String = "堆放杂物", closure: FindingClosure? = nil) -> PatrolFinding {
        PatrolFinding(category: category, place: place, problem: problem, handling: handling, closure: closure)
    }

    func patrol(_ findings: [PatrolFinding], zone: String = "一片", date: LocalDate? = nil, by people: [String] = ["李明"]) -> Patrol {
        Patrol(date: date ?? day, patrollers: people, zone: zone, buildings: "5号楼", findings: findings)
    }

    @Test(arguments: [
        (FindingHandling.onTheSpot, true),
        (.committee, true),
        (.gridCentre(caseNumber: "PT2026-118"), true),
        (.gridCentre(caseNumber: " "), false),   // the grid centre's case number is what follows it there
        (.meeting(nil), true),                   // put to a meeting still to come
        (.meeting(12), true),
    ])
    func handling(_ handling: FindingHandling, kept: Bool) {
        #expect(PatrolRules.problems(patrol([finding(.fireSafety, handling)]), today: day, rules: rules).isEmpty == kept)
    }

    @Test func aPatrolNeedsPeopleAZoneADayNotAheadAndFindingsThatSayWhatAndWhere() {
        let cases = [patrol([], by: []), patrol([], zone: " "), patrol([], date: day.adding(days: 1)), patrol([finding(place: "")]),
                     patrol([finding(problem: "")])]
        for bad in cases {
            let problems = PatrolRules.problems(bad, today: day, rules: rules)
            #expect(problems.count == 1 && problems[0].message.hasSuffix("（实施意见 二(四)）"), "\(bad)")
        }
        #expect(PatrolRules.problems(patrol([]), today: day, rules: rules).isEmpty, "a patrol that found nothing is kept too")
    }

    @Test(arguments: [(-1, false), (0, true), (5, true), (6, false)])
    func closing(daysAfter: Int, kept: Bool) {
        let closed = FindingClosure(date: day.adding(days: daysAfter), outcome: "已清理")
        #expect((PatrolRules.closureProblem(closed, opened: day, today: day.adding(days: 5)) == nil) == kept)
        #expect(PatrolRules.closureProblem(FindingClosure(date: day, outcome: " "), opened: day, today: day) == PatrolText.noOutcome)
    }

    @Test func aFindingHandledOnTheSpotIsClosedWithItsPatrol() {
        let closed = PatrolRules.closingOnTheSpot(patrol([finding(.environment, .onTheSpot), finding(.fireSafety, .committee)]))
        #expect(closed.findings[0].closure == FindingClosure(date: day, outcome: "当场处理") && closed.findings[1].isOpen)
    }

    @Test(arguments: [(15, false), (16, true)])
    func overdue(daysOpen: Int, listed: Bool) {
        let today = day.adding(days: daysOpen)
        #expect(PatrolRules.isOverdue(found: day, today: today, rules: rules) == listed)
        let verdict = PatrolRules.overdue(found: day, today: today, rules: rules)
        #expect(verdict.number("limit") == 15 && verdict.number("open") == Int64(daysOpen) && verdict.message.contains("本程序取值"))
        #expect(PatrolSummary.overdue([patrol([finding()])], today: today, rules: rules).count == (listed ? 1 : 0))
        let closed = finding(closure: FindingClosure(date: day, outcome: "已清理"))
        #expect(PatrolSummary.overdue([patrol([closed])], today: today, rules: rules).isEmpty, "a closed finding is never overdue")
    }

    @Test func theMonthSummaryCountsByCategoryAndZone() {
        let november = Month(year: 2026, month: 11)!
        let patrols = [
            patrol([finding(.fireSafety), finding(.fireSafety, closure: FindingClosure(date: day, outcome: "已清理")), finding(.environment)]),
            patrol([finding(.fireSafety)], zone: "二片"),
            patrol([finding(.publicOrder)], date: LocalDate(year: 2026, month: 10, day: 30)!),
        ]
        let summary = PatrolSummary.of(patrols, month: november, today: LocalDate(year: 2026, month: 11, day: 30)!, rules: rules)
        #expect(summary.patrols == 2)
        #expect(summary.rows.map { "\($0.category.title)/\($0.zone) \($0.found) \($0.closed) \($0.open) \($0.overdue)" } == [
            "小区环境/一片 1 0 1 1", "消防安全/一片 2 1 1 1", "消防安全/二片 1 0 1 1",
        ])
    }

    @Test func namesAreReadAsTheStandardWritesThem() {
        #expect(FindingCategory.allCases.map(\.title) == ["小区环境", "违章搭建", "公共秩序", "消防安全", "其他"])
        #expect(FindingHandling.Kind.named("转网格中心") == .gridCentre && FindingHandling.Kind.named("提交议事") == .meeting)
        #expect(FindingHandling.gridCentre(caseNumber: "PT-1").title == "转街镇网格化管理中心（案件 PT-1）")
    }
}
