/// A recurring shift of the roster ("every Tuesday 17:00–20:00", "every other Saturday
/// 09:00–12:00", "every holiday 09:00–11:00") with the workers it puts on duty.
public struct ShiftTemplate: Sendable, Equatable, Identifiable {
    /// Which days the template falls on.
    public enum Recurrence: Sendable, Equatable {
        /// `weekday` every `everyWeeks` weeks, counted from the week of `anchor`.
        case weekly(Weekday, everyWeeks: Int, anchor: LocalDate)
        /// Every public holiday (休) of the calendar.
        case holidays
    }

    public var id: Int64
    public var recurrence: Recurrence
    public var span: TimeSpan
    public var workers: [Int64]

    public init(id: Int64, recurrence: Recurrence, span: TimeSpan, workers: [Int64]) {
        self.id = id
        self.recurrence = recurrence
        self.span = span
        self.workers = workers
    }

    /// Whether the template names `date` (before the holiday calendar is consulted).
    public func falls(on date: LocalDate) -> Bool {
        switch recurrence {
        case .holidays: return false
        case .weekly(let weekday, let every, let anchor):
            guard date.weekday == weekday, date >= anchor else { return false }
            return (date.days(since: anchor) / 7) % max(1, every) == 0
        }
    }

    /// "每周二 17:00-20:00", "隔周六 09:00-12:00", "每个节假日 09:00-11:00".
    public var title: String {
        switch recurrence {
        case .holidays: return "每个节假日 \(span)"
        case .weekly(let weekday, let every, _):
            let prefix = every == 1 ? "每" : every == 2 ? "隔" : "每 \(every) "
            return "\(prefix)\(weekday.short) \(span)"
        }
    }
}

/// A shift that filling a month from templates would add: not stored yet.
public struct ShiftDraft: Sendable, Equatable {
    public var date: LocalDate
    public var span: TimeSpan
    public var kind: ShiftKind
    public var workers: [Int64]
    public var templateID: Int64?

    public init(date: LocalDate, span: TimeSpan, kind: ShiftKind, workers: [Int64], templateID: Int64? = nil) {
        self.date = date
        self.span = span
        self.kind = kind
        self.workers = workers
        self.templateID = templateID
    }
}
