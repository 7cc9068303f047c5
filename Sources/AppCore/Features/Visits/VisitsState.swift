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

    /// The paper form of one visit, shown in a dialog over the tab, and how far it is scrolled.
    public struct Sheet: Equatable, Sendable {
        public var record: VisitRecord
        /// Every version of the record, oldest first.
        public var history: [VisitRecord] = []
        public var scroll = 0

        /// The lines the dialog shows.
        var lines: [String] { VisitSheet.lines(record, history: history) }
    }

    public var screen: Screen = .month
    public var board: VisitBoard?
    public var list = ListState()
    public var editor: VisitEditor?
    /// The visit whose paper form is open, if any.
    public var sheet: Sheet?
    /// True when the lists cover every zone rather than the user's own.
    public var allZones = false
    /// The earlier month being looked at; nil for this month.
    public var viewedMonth: Month?
    /// The reception records naming the room of the household whose page is open, newest first.
    public var householdReceptions: [ReceptionRecord] = []

    public init() {}

    /// The households of the due screen: overdue special targets, then the long unvisited.
    public var dueRows: [(kind: String, due: VisitBoard.Due)] {
        guard let board else { return [] }
        let overdue = Set(board.overdue.map(\.household.id))
        return board.overdue.map { (VisitsText.overdueKind, $0) }
            + board.stale.filter { !overdue.contains($0.household.id) }.map { (VisitsText.staleKind, $0) }
    }

    /// The household a new visit is for: the selected row of the due list, or the household whose page is open.
    var chosenHousehold: Household? {
        switch screen {
        case .due: return dueRows[safe: list.selected]?.due.household
        case .household(let h, _): return h
        case .month, .team: return nil
        }
    }

    /// The visit of the selected row on a screen that lists visits.
    var selectedVisit: VisitRecord? {
        switch screen {
        case .month: return board?.visits[safe: list.selected]
        case .household(_, let history):
            guard case .visit(let v) = HouseholdTimeline.entries(history, householdReceptions)[safe: list.selected] else { return nil }
            return history.first { $0.id == v.id }
        case .due, .team: return nil
        }
    }

    /// True on the screens drawn from the board's lists, which are read only for them.
    var needsLists: Bool {
        switch screen {
        case .due, .team: return true
        case .month, .household: return false
        }
    }

    /// The number of rows of the list in view.
    var rowCount: Int {
        switch screen {
        case .month: return board?.visits.count ?? 0
        case .due: return dueRows.count
        case .team: return board?.team.count ?? 0
        case .household(_, let history): return history.count + householdReceptions.count
        }
    }
}
