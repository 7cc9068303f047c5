/// The latest half-year's public funds disclosure (每半年对外公开，附件一 四(一)), shown on the
/// touch screen as an item of 社区动态: only the public version (payees who are persons masked,
/// no recorder of a project's notes), never the internal one.
public struct KioskDisclosure: Sendable, Equatable {
    public let report: FundsReport
    /// The clause of the office-cap rule the report's sentence names.
    public let officeClause: String
    /// The clause that asks for the disclosure.
    public let clause: String

    /// Nil for an internal report: the touch screen never shows one. The clauses come from `rules`.
    public init?(report: FundsReport, rules: RuleSet) {
        guard report.isPublic else { return nil }
        self.report = report
        officeClause = rules.clause(.officeCap)
        clause = rules.clause(.disclosure)
    }

    /// Its place among the notices: the last day of its half-year.
    public var date: LocalDate { report.period.lastDay }

    /// The last half-year that has ended before `day` (the one disclosed by then).
    public static func period(before day: LocalDate) -> ReportPeriod {
        day.month <= 6 ? ReportPeriod(year: day.year - 1, kind: .half(2))! : ReportPeriod(year: day.year, kind: .half(1))!
    }
}
