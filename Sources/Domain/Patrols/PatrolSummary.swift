/// A month of patrols in figures, by category and zone: how many found, closed, still open and
/// overdue; the month summary of 网格巡查 on paper and in a CSV.
public struct PatrolSummary: Sendable, Equatable {
    /// One category in one zone.
    public struct Row: Sendable, Equatable {
        public var category: FindingCategory
        public var zone: String
        public var found = 0
        public var closed = 0
        public var open = 0
        public var overdue = 0
    }

    public var month: Month
    public var patrols: Int
    public var rows: [Row]

    /// The summary of `patrols` (those of `month`) as it stands on `today`.
    public static func of(_ patrols: [Patrol], month: Month, today: LocalDate, rules: RuleSet) -> PatrolSummary {
        let inMonth = patrols.filter { month.contains($0.date) }
        var rows: [Row] = []
        for category in FindingCategory.allCases {
            for zone in Set(inMonth.map(\.zone)).sorted() {
                var row = Row(category: category, zone: zone)
                for patrol in inMonth where patrol.zone == zone {
                    for finding in patrol.findings where finding.category == category {
                        row.found += 1
                        if finding.isOpen { row.open += 1 } else { row.closed += 1 }
                        if finding.isOpen && PatrolRules.isOverdue(found: patrol.date, today: today, rules: rules) { row.overdue += 1 }
                    }
                }
                if row.found > 0 { rows.append(row) }
            }
        }
        return PatrolSummary(month: month, patrols: inMonth.count, rows: rows)
    }

    /// The open findings past the rule set's days on `today`, oldest first, with their patrols.
    public static func overdue(_ patrols: [Patrol], today: LocalDate, rules: RuleSet) -> [(patrol: Patrol, finding: PatrolFinding)] {
        patrols.sorted { $0.date < $1.date }.flatMap { patrol in
            patrol.findings.filter { $0.isOpen && PatrolRules.isOverdue(found: patrol.date, today: today, rules: rules) }.map { (patrol, $0) }
        }
    }
}
