import Domain
import ScreenKit

/// The visit tab's state: which screen of it is shown, the board read from storage, the list
/// selection and the form being filled in.
public struct VisitsState: Equatable, Sendable {
    /// The screens of the tab.
    public enum Screen: Equatable, Sendable {
        /// This month's visits, under the quota panel.
        case month
        /// Special targets overdue and households not visited for months.
        case due
        /// The secretary's table of every worker's progress.
        case team
        /// One household's details and history.
        case household(Household, [VisitRecord])
    }

    public var screen: Screen = .month
    public var board: VisitBoard?
    public var list = ListState()
    public var editor: VisitEditor?
    /// True when the lists cover every zone rather than the user's own.
    public var allZones = false

    public init() {}

    /// The households of the due screen: overdue special targets, then the long unvisited.
    public var dueRows: [(kind: String, due: VisitBoard.Due)] {
        guard let board else { return [] }
        return board.overdue.map { (VisitsText.overdueKind, $0) }
            + board.stale.filter { s in !board.overdue.contains { $0.household.id == s.household.id } }.map { (VisitsText.staleKind, $0) }
    }

    /// The number of rows of the list in view.
    var rowCount: Int {
        switch screen {
        case .month: return board?.visits.count ?? 0
        case .due: return dueRows.count
        case .team: return board?.team.count ?? 0
        case .household(_, let history): return history.count
        }
    }
}
