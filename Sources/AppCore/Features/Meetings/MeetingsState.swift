import Domain
import ScreenKit

/// The 议事 page (F4): a year's meetings (议事协商, 实施意见 二(五)), the one chosen with its
/// decisions and their citation codes, and the form that records a meeting.
public struct MeetingsState: Equatable, Sendable {
    public var year: Int
    public var meetings: [Meeting] = []
    public var list = ListState()
    public var editor: MeetingsEditor?

    public init(year: Int) { self.year = year }

    /// The meeting under the cursor.
    public var selected: Meeting? { meetings[safe: list.selected] }
}

/// The form that records a meeting; kept as a draft while it is typed.
public struct MeetingsEditor: Equatable, Sendable, DraftedEditor {
    public enum Mode: Equatable, Sendable { case record }

    public var mode: Mode = .record
    public var form: FormState

    var draftKey: String { mode.draftKey }
}

/// What the 议事 page asks of storage.
public enum MeetingsEffect: Equatable, Sendable {
    case load(year: Int)
    case record(Meeting, by: Int64)
}

/// What came back for a `MeetingsEffect`.
public enum MeetingsResult: Equatable, Sendable {
    case loaded(year: Int, [Meeting])
    case recorded(Meeting)
}
