import Foundation

/// What the roster's month page shows of a month, without the month's every shift: for each
/// day the number of places (人次) and the first shifts that hold the first two of them, the
/// spans covered on each day (for the coverage gaps, only when hours are published) and one
/// worker's own shifts (their tally). On a district's file a month holds thousands of shifts;
/// this is what entering the tab reads, and `of` is its definition over the whole month.
public struct RosterOverview: Sendable, Equatable {
    /// One day of the month grid.
    public struct Day: Sendable, Equatable {
        /// Workers on the day's shifts, counted once a shift.
        public var places: Int
        /// The day's first shifts with workers, by start, as many as hold the first two places.
        public var first: [Shift]

        /// Keeps of `staffed` (the day's shifts with workers, by start) only those holding the first two places.
        public init(places: Int, staffed: [Shift]) {
            self.places = places
            var held = 0
            self.first = Array(staffed.prefix { shift in
                defer { held += shift.assignments.count }
                return held < RosterOverview.placesShown && !shift.assignments.isEmpty
            })
        }

        /// The places shown in the grid's cell, in order: (shift, worker).
        public var shown: [(Shift, DutyAssignment)] {
            Array(first.flatMap { s in s.assignments.map { (s, $0) } }.prefix(RosterOverview.placesShown))
        }
    }

    /// Places a day's cell shows before "…共N人次".
    public static let placesShown = 2

    public var month: Month
    public var days: [LocalDate: Day]
    /// The spans of each day's shifts with workers; empty when no hours are published.
    public var staffed: [LocalDate: [TimeSpan]]
    /// The worker whose shifts `mine` holds.
    public var worker: Int64
    /// `worker`'s shifts of the month, by date and start.
    public var mine: [Shift]

    public init(month: Month, days: [LocalDate: Day] = [:], staffed: [LocalDate: [TimeSpan]] = [:], worker: Int64, mine: [Shift] = []) {
        self.month = month
        self.days = days
        self.staffed = staffed
        self.worker = worker
        self.mine = mine
    }

    /// The overview of `shifts` (the month's shifts, by date, start and id), as storage's queries must give it.
    public static func of(_ month: Month, shifts: [Shift], hours: ServiceHours, worker: Int64) -> RosterOverview {
        let inMonth = shifts.filter { month.contains($0.date) && !$0.assignments.isEmpty }
        let byDay = Dictionary(grouping: inMonth, by: \.date)
        let days = byDay.mapValues { Day(places: $0.reduce(0) { $0 + $1.assignments.count }, staffed: $0) }
        let staffed = hours.isEmpty ? [:] : byDay.mapValues { $0.map(\.span) }
        let mine = shifts.filter { month.contains($0.date) && $0.assignment(of: worker) != nil }
        return RosterOverview(month: month, days: days, staffed: staffed, worker: worker, mine: mine)
    }

    /// The day's cell, or an empty one.
    public func day(_ date: LocalDate) -> Day { days[date] ?? Day(places: 0, staffed: []) }
}
