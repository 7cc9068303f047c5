import Domain
import ScreenKit

/// The 巡查 page (F5): a month's patrols (网格巡查, 实施意见 二(四)) one finding a row, or the open
/// findings past the rule set's days; the form that records a patrol and the one that closes a finding.
public struct PatrolsState: Equatable, Sendable {
    public var month: Month
    /// The month's patrols, or with `overdueOnly` every patrol that still has an open finding.
    public var patrols: [Patrol] = []
    public var overdueOnly = false
    public var list = ListState()
    public var editor: PatrolsEditor?

    public init(month: Month) { self.month = month }

    /// One row a finding, and a row for a patrol that found nothing.
    public struct Row: Equatable, Sendable {
        public var patrol: Patrol
        public var finding: PatrolFinding?
    }

    func rows(today: LocalDate, rules: RuleSet?) -> [Row] {
        patrols.flatMap { patrol -> [Row] in
            if patrol.findings.isEmpty { return overdueOnly ? [] : [Row(patrol: patrol, finding: nil)] }
            return patrol.findings.filter { f in
                guard overdueOnly else { return true }
                return f.isOpen && rules.map { PatrolRules.isOverdue(found: patrol.date, today: today, rules: $0) } == true
            }.map { Row(patrol: patrol, finding: $0) }
        }
    }
}

/// A form of the 巡查 page; kept as a draft while it is typed.
public struct PatrolsEditor: Equatable, Sendable, DraftedEditor {
    public enum Mode: Equatable, Sendable {
        case record
        /// Closing finding `id` with what was done.
        case close(Int64)
    }

    public var mode: Mode
    public var form: FormState

    var draftKey: String { mode.draftKey }
}

/// What the 巡查 page asks of storage.
public enum PatrolsEffect: Equatable, Sendable {
    case load(Month)
    case loadOpen
    case record(Patrol, by: Int64)
    case close(Int64, FindingClosure, by: Int64)
}

/// What came back for a `PatrolsEffect`.
public enum PatrolsResult: Equatable, Sendable {
    case loaded(Month?, [Patrol])
    case recorded(Patrol)
    case closed(Int64)
}
