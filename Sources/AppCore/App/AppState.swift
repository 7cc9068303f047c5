import Domain
import Foundation
import ScreenKit

/// The whole state of the program: which phase it is in, the size of the screen, an open dialog, the last message.
public struct AppState: Equatable, Sendable {
    /// Where the person is: starting, the first-run form, the login screen, or the main screen.
    public enum Phase: Equatable, Sendable {
        case starting
        case firstRun(FirstRunState)
        case login(LoginState)
        case main(MainState)
    }

    /// A dialog over the screen.
    public enum Modal: Equatable, Sendable {
        case confirmQuit
        case help(contexts: [KeyContext], scroll: Int)
        case confirmPracticeReset
        /// A draft found at login, offered back (恢复 / 丢弃).
        case restoreDraft(FormDraft)
        /// Esc on a form with typed input: discard it (the draft goes too) or go back to the form.
        case confirmDiscard(FormDraft)
    }

    /// A line of feedback above the status line.
    public struct Message: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case info, ok, warning, error }
        public var text: String
        public var kind: Kind
        public init(_ text: String, _ kind: Kind) {
            self.text = text
            self.kind = kind
        }
    }

    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var width: Int
    public var height: Int
    public var now: Date
    public let keymap: Keymap
    /// The rule sets the program knows; the tabs ask it for the rules in force on a day (`TabContext.rules(on:)`).
    public let ruleBook: RuleBook?
    /// The working-day calendar (the shipped years and the user's), read once by the caller.
    public let calendar: WorkingDayCalendar
    public var committee: Committee?
    public var phase: Phase = .starting
    public var modal: Modal?
    public var message: Message?
    /// Shown on every screen when the database is a practice sandbox.
    public var bannerText: String?
    /// A connected committee's street sync, for the status bar ("已同步 14:02", "离线：3 条待上报"); nil when not connected.
    public var streetStatus: String?
    /// In practice mode, the PIN everyone in the sandbox logs in with (the demo data's), said on the login screen.
    public var practicePin: String?
    /// The open forms' drafts, the drafts offered at login, and the idle clock (`DraftWatch`).
    public var drafts = DraftKeeper()
    /// The idle lock over the main screen, while it is locked.
    public var lock: LockState?
    /// The last left click, for telling a double click (`StaffMouse`).
    public var lastClick: StaffMouse.Click?

    public init(width: Int, height: Int, now: Date, keymap: Keymap, ruleBook: RuleBook? = try? RuleBook.bundled(),
                calendar: WorkingDayCalendar = (try? WorkingDayCalendar.bundled()) ?? WorkingDayCalendar()) {
        self.width = width
        self.height = height
        self.now = now
        self.keymap = keymap
        self.ruleBook = ruleBook
        self.calendar = calendar
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The logged-in person, if any.
    public var user: Person? {
        if case .main(let main) = phase { return main.user }
        return nil
    }
}
