import Foundation

/// One off-hours duty shift on the roster (《错时值班表》): a day, a span, its kind and the workers
/// on it, each with their sign-in and sign-out (《值班签到表》).
public struct Shift: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var date: LocalDate
    public var span: TimeSpan
    public var kind: ShiftKind
    public var assignments: [DutyAssignment]

    public init(id: Int64, date: LocalDate, span: TimeSpan, kind: ShiftKind, assignments: [DutyAssignment]) {
        self.id = id
        self.date = date
        self.span = span
        self.kind = kind
        self.assignments = assignments
    }

    /// The instant the shift begins.
    public var startInstant: Date { span.start.instant(on: date) }
    /// The instant the shift ends.
    public var endInstant: Date { span.end.instant(on: date) }

    /// The assignment of `worker` on this shift, if they are on it.
    public func assignment(of worker: Int64) -> DutyAssignment? {
        assignments.first { $0.workerID == worker }
    }

    /// "2026-11-03 周二 17:00-20:00 工作日晚间".
    public var title: String { "\(date.iso) \(date.weekday.short) \(span) \(kind.title)" }
}

/// One worker on one shift, with the times taken from the clock when they signed in and out.
public struct DutyAssignment: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var workerID: Int64
    public var workerName: String
    public var signIn: Date?
    public var signOut: Date?
    /// The worker who held this place before an approved swap, if one moved it.
    public var swappedFrom: String?

    public init(id: Int64, workerID: Int64, workerName: String, signIn: Date? = nil, signOut: Date? = nil,
                swappedFrom: String? = nil) {
        self.id = id
        self.workerID = workerID
        self.workerName = workerName
        self.signIn = signIn
        self.signOut = signOut
        self.swappedFrom = swappedFrom
    }
}
