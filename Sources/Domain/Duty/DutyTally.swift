import Foundation

/// A worker's shifts in a month and the 错时值班 points they earn (附件三: 0.5 a shift worked;
/// only a shift signed in on time and signed out counts).
public struct DutyTally: Sendable, Equatable {
    /// Each of the worker's shifts of the month, with its status.
    public var lines: [(shift: Shift, status: AttendanceStatus)]
    /// Shifts that count for points.
    public var worked: Int
    /// The points, in tenths.
    public var points: Int
    /// The rule's sentence with its numbers.
    public var verdict: Verdict

    public static func == (lhs: DutyTally, rhs: DutyTally) -> Bool {
        lhs.worked == rhs.worked && lhs.points == rhs.points && lhs.verdict == rhs.verdict
            && lhs.lines.map(\.shift) == rhs.lines.map(\.shift) && lhs.lines.map(\.status) == rhs.lines.map(\.status)
    }

    /// The tally of `worker` over `shifts` in `month`, judged at `now`.
    public static func of(_ worker: Int64, in month: Month, shifts: [Shift], now: Date, rules: RuleSet) -> DutyTally {
        let lines = shifts.filter { month.contains($0.date) }.sorted { ($0.date, $0.span.start) < ($1.date, $1.span.start) }
            .compactMap { s in s.assignment(of: worker).map { (s, Attendance.status($0, on: s, now: now, rules: rules)) } }
        let worked = lines.filter { $0.1.counts }.count
        let perShift = rules.points.perUnit[.duty] ?? 0
        let verdict = Verdict(.duty, in: rules, .ok, DutyText.tally(month, total: lines.count, worked: worked, perShift: perShift),
                              numbers: [.count("shifts", lines.count), .count("worked", worked),
                                        .tenths("perShift", perShift), .tenths("points", worked * perShift)])
        return DutyTally(lines: lines, worked: worked, points: worked * perShift, verdict: verdict)
    }
}
