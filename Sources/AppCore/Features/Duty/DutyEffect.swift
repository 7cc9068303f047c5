import Domain
import Foundation

/// The duty tab's work against storage; the runtime answers each with `DutyResult.loaded`.
public enum DutyEffect: Equatable, Sendable {
    /// The roster of `month`, or of the clock's month when nil.
    case load(month: Month?)
    /// Sign `person` in to or out of their current shift, at the clock's time; an early sign-out
    /// only once `earlyConfirmed` (else the runtime answers `asksEarly`).
    case sign(person: Int64, month: Month?, earlyConfirmed: Bool = false)
    case fill(month: Month, by: Int64)
    case addTemplate(ShiftTemplate, month: Month, by: Int64)
    case publishHours(ServiceHours, month: Month, by: Int64)
    case askSwap(shift: Int64, from: Int64, to: Int64, month: Month)
    case answerSwap(id: Int64, accept: Bool, by: Int64, month: Month)
    case decideSwap(id: Int64, approve: Bool, by: Int64, month: Month)
    /// One shift typed on the form; its kind from the calendar when nil.
    case addShift(date: LocalDate, span: TimeSpan, kind: ShiftKind?, workers: [Int64], month: Month, by: Int64)
    /// Book `draft`; a non-empty `policy` is looked up in the library and its first hit kept.
    case book(AppointmentDraft, policy: String, month: Month, by: Int64)
    case addIntake(IntakeDay, month: Month, by: Int64)
    /// Turn today's booking `appointment` into a reception record received by `by`, now.
    case receive(appointment: Int64, month: Month, by: Int64)
    /// What the month page shows of `month` (the clock's when nil) for `worker`: a `RosterOverview`, not every shift.
    case overview(month: Month?, worker: Int64)
}

/// What the runtime hands back to the duty tab.
public enum DutyResult: Equatable, Sendable {
    /// The roster as it now stands, with a note of what was just done (nil after a plain load).
    case loaded(DutySnapshot, note: String?)
    /// Signing out now would be 早退: the question to ask before signing out.
    case asksEarly(String)
}

/// What the duty tab shows: the month's roster, the people who can be put on it, the rules in
/// force for the month; the clock is the tab's context's (statuses such as 缺勤 are of that time).
/// Entering the tab on its month page reads only the month's `overview`: then the roster holds
/// its templates and hours but no shifts, swaps or people (`isComplete` false) until a page or form needs them.
public struct DutySnapshot: Equatable, Sendable {
    public var roster: DutyRoster
    public var overview: RosterOverview
    /// Whether `roster` holds the month's every shift and swap, and `people` the active people.
    public var isComplete: Bool
    public var people: [Person]
    public var rules: RuleSet
    public var calendar: WorkingDayCalendar
    /// The month's appointments and batch-intake days, and the appointments of the clock's day.
    public var bookings: DutyBookings

    /// A snapshot of the whole month's roster, or of its overview alone when `overview` is given.
    public init(roster: DutyRoster, people: [Person], rules: RuleSet, calendar: WorkingDayCalendar,
                bookings: DutyBookings = DutyBookings(), overview: RosterOverview? = nil) {
        self.roster = roster
        self.overview = overview ?? RosterOverview.of(roster.month, shifts: roster.shifts, hours: roster.hours, worker: 0)
        self.isComplete = overview == nil
        self.people = people
        self.rules = rules
        self.calendar = calendar
        self.bookings = bookings
    }

    /// The coverage gaps of the month against the published hours.
    public var gaps: [Verdict] {
        Coverage.gaps(in: roster.month, staffed: overview.staffed, hours: roster.hours, calendar: calendar, rules: rules)
    }

    /// The tally of `worker` for the month at `now` (from the overview's own shifts when it is theirs).
    public func tally(of worker: Int64, now: Date) -> DutyTally {
        let shifts = !isComplete && worker == overview.worker ? overview.mine : roster.shifts
        return DutyTally.of(worker, in: roster.month, shifts: shifts, now: now, rules: rules)
    }
}

/// What the appointments page and its forms need: the month's bookings and intake days, and today's
/// bookings for the desk. The booking form completes a room from `RoomLookup`, by query.
public struct DutyBookings: Equatable, Sendable {
    public var month: [Appointment]
    public var intakeDays: [IntakeDay]
    public var today: [Appointment]

    public init(month: [Appointment] = [], intakeDays: [IntakeDay] = [], today: [Appointment] = []) {
        self.month = month
        self.intakeDays = intakeDays
        self.today = today
    }

    /// The intake day on `day`, if one was set up.
    public func intake(on day: LocalDate) -> IntakeDay? { intakeDays.first { $0.date == day } }
}
