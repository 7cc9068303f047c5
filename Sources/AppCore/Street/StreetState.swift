import Domain
import Foundation
import ScreenKit

/// The street office's program (`baishihui --server URL`, issue 21): its tabs, in the order of the tab bar.
public enum StreetTab: Int, CaseIterable, Sendable {
    case review, books

    public var title: String { self == .review ? StreetScreenText.reviewTitle : StreetScreenText.booksTitle }
}

/// The whole state of the street program: the login list, the main screen's tabs, a dialog, the idle lock.
public struct StreetState: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        case starting
        case login(StreetLogin)
        case main(StreetMain)
    }

    /// A dialog over the main screen.
    public enum Modal: Equatable, Sendable {
        case help(scroll: Int)
        /// The number (pass) or the reason (return) being typed, then the question that freezes it.
        case decide(StreetDecisionForm)
    }

    public var width: Int
    public var height: Int
    public var now: Date
    public let keymap: Keymap
    /// The street's name, from the server (the tab bar's right end).
    public var street = ""
    public var phase: Phase = .starting
    public var modal: Modal?
    public var message: AppState.Message?
    /// The PIN asked again after `idleLockSeconds` without a key (0 never locks); nil while unlocked.
    public var lock: FormState?
    public var idleLockSeconds = 300
    public var lastActivity: Date?

    public init(width: Int, height: Int, now: Date, keymap: Keymap) {
        self.width = width
        self.height = height
        self.now = now
        self.keymap = keymap
    }

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// The logged-in person's name, if any.
    public var user: String? {
        if case .main(let main) = phase { return main.person }
        return nil
    }
}

/// The street's login screen: its active people, and the PIN of the one chosen.
public struct StreetLogin: Equatable, Sendable {
    public var people: [StreetLoginName]
    public var list = ListState()
    public var pin: FormState?

    public init(people: [StreetLoginName]) { self.people = people }

    static func pinForm() -> FormState {
        FormState([FormField(id: "pin", label: "PIN", kind: .secret, maxLength: PinPolicy.maxDigits, width: 10)])
    }
}

/// The main screen of the street program: who is working, the tab shown and what each tab read.
public struct StreetMain: Equatable, Sendable {
    public var person: String
    public var roles: [String]
    public var tab = StreetTab.review
    public var queue: [ReviewEntry] = []
    public var queueList = ListState()
    public var year: Int
    public var books: [CommitteeBooks] = []
    public var booksList = ListState()
    public var sort = StreetBooksSort.name
    /// One committee's ledger, opened from the 专账 tab.
    public var ledger: StreetLedger?

    public init(person: String, roles: [String], year: Int) {
        self.person = person
        self.roles = roles
        self.year = year
    }

    /// The books in the order chosen.
    public var sortedBooks: [CommitteeBooks] { sort.sorted(books) }
}

/// How the 专账 tab orders its committees.
public enum StreetBooksSort: Int, CaseIterable, Sendable {
    case name, total, lastSync

    func sorted(_ books: [CommitteeBooks]) -> [CommitteeBooks] {
        switch self {
        case .name: return books.sorted { $0.committee < $1.committee }
        case .total: return books.sorted { ($0.total, $1.committee) > ($1.total, $0.committee) }
        case .lastSync: return books.sorted { ($0.lastSync ?? .distantPast) > ($1.lastSync ?? .distantPast) }
        }
    }

    var next: StreetBooksSort { Self(rawValue: (rawValue + 1) % Self.allCases.count)! }
}

/// One committee's payments and reversals of the year.
public struct StreetLedger: Equatable, Sendable {
    public var committee: String
    public var lines: [StreetLedgerLine]
    public var list = ListState()
}

/// A pass or a return being decided: the request, the field, and whether the question is up.
public struct StreetDecisionForm: Equatable, Sendable {
    public var entry: ReviewEntry
    public var passing: Bool
    public var form: FormState
    /// The question that says what the decision freezes, after the field was filled.
    public var confirming = false

    init(entry: ReviewEntry, passing: Bool) {
        self.entry = entry
        self.passing = passing
        form = FormState([FormField(id: "text", label: passing ? StreetScreenText.numberLabel : StreetScreenText.reasonLabel,
                                    maxLength: 100, hint: passing ? StreetScreenText.numberHint : nil)])
    }

    var text: String { form["text"].text.trimmingCharacters(in: .whitespaces) }
}
