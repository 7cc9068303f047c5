import Foundation

/// What the program remembers about drafts between actions: what each open form last had when
/// written, which drafts the database holds, the drafts offered at login, and the idle clock.
public struct DraftKeeper: Equatable, Sendable {
    /// Seconds between draft writes while the person types in one field.
    public static let debounceSeconds: TimeInterval = 1
    /// The idle lock's default: five minutes.
    public static let defaultIdleLockSeconds = 300

    /// Seconds without a key before the terminal locks; 0 never locks.
    public var idleLockSeconds = DraftKeeper.defaultIdleLockSeconds
    /// The person these drafts belong to; nil until someone logs in.
    public internal(set) var userID: Int64?
    /// Each open form's content when last written (or when it opened), by form key.
    var known: [String: FormDraft] = [:]
    /// Each open form's content when it opened (defaults filled in), by form key: what Esc compares
    /// with to tell whether anything was typed (`DiscardDialog`).
    var opened: [String: FormDraft] = [:]
    /// The keys whose draft the database holds, so that closing the form on purpose removes it.
    var stored: Set<String> = []
    /// When a draft was last written, by the loop's clock.
    var lastWrite: Date?
    /// When the last key came, by the loop's clock; nil after a login or an unlock until the next
    /// tick starts the idle clock (a PIN check may take a while, and its answer carries no time).
    var lastActivity: Date?
    /// Drafts found at login that the person has not answered yet.
    public internal(set) var offered: [FormDraft] = []
    /// Drafts the person chose to restore, each waiting for its form to open.
    public internal(set) var restoring: [FormDraft] = []

    public init(idleLockSeconds: Int = DraftKeeper.defaultIdleLockSeconds) {
        self.idleLockSeconds = idleLockSeconds
    }

    /// Starts over for `userID` (a login), keeping the setting.
    mutating func start(for userID: Int64?) {
        self = DraftKeeper(idleLockSeconds: idleLockSeconds)
        self.userID = userID
    }

    /// True when the terminal has been idle long enough to lock at `now`.
    func isIdle(at now: Date) -> Bool {
        guard idleLockSeconds > 0, let lastActivity else { return false }
        return now.timeIntervalSince(lastActivity) >= TimeInterval(idleLockSeconds)
    }

    /// True when a changed draft may be written at `now`: it moved to another field, or a second has passed.
    func mayWrite(_ draft: FormDraft, at now: Date) -> Bool {
        guard let previous = known[draft.key], let lastWrite else { return true }
        return previous.focus != draft.focus || now.timeIntervalSince(lastWrite) >= Self.debounceSeconds
    }
}
