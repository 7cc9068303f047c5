import Domain
import ScreenKit

/// The 错时值班 tab's state: the loaded month, the page shown, the list cursor and an open form.
public struct DutyState: Equatable, Sendable {
    /// The tab's pages, switched in turn with the view key.
    public enum Page: Int, CaseIterable, Sendable {
        case month, week, mine, swaps, hours, appointments

        var title: String { DutyText.pageTitles[rawValue] }
        var next: Page { Page(rawValue: (rawValue + 1) % Page.allCases.count)! }
        /// Whether the page lists the month's shifts or swaps, or names people (the templates'
        /// workers), which the month's overview does not hold.
        var needsWholeMonth: Bool { [.week, .mine, .swaps, .hours].contains(self) }
    }

    public var snapshot: DutySnapshot?
    public var page: Page = .month
    public var list = ListState()
    public var editor: DutyEditor?
    /// The Monday of the week page, once moved with [ and ]; nil shows the clock's week.
    public var weekStart: LocalDate?
    /// A form (one shift, a template) asked for on the overview, opened once the whole month and its people are read.
    public var waitingForm: Command?
    /// The question shown before an early sign-out (the end and 早退); the sign key again signs out.
    public var earlyQuestion: String?

    public init() {}

    /// The month shown, once loaded.
    public var month: Month? { snapshot?.roster.month }
}

/// A form on the duty tab and what it is for.
public struct DutyEditor: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case template
        case hours
        case swap(Shift)
        case shift
        case book
        case intake
    }

    public var mode: Mode
    public var form: FormState

    var title: String {
        switch mode {
        case .template: return DutyText.templateTitle
        case .hours: return DutyText.hoursTitle
        case .swap(let shift): return DutyText.swapTitle(shift)
        case .shift: return DutyText.shiftTitle
        case .book: return AppointmentText.bookTitle
        case .intake: return AppointmentText.intakeTitle
        }
    }
}
