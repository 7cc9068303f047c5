/// One worker's standing in a month, for the secretary's table: distinct households visited,
/// the score so far by the visit rule, and the month's forecast.
public struct WorkerProgress: Sendable, Equatable, Identifiable {
    public var worker: Person
    public var households: Int
    /// The visit item's verdict at today's count (its message explains the score).
    public var score: Verdict
    public var forecast: VisitForecast

    public var id: Int64 { worker.id }

    /// The progress of each worker in `workers` in `month` (the month of `today` unless given),
    /// from all of that month's `visits`; a month that is over shows its final result.
    public static func table(workers: [Person], visits: [Visit], today: LocalDate, month: Month? = nil,
                             calendar: WorkingDayCalendar, rules: RuleSet) -> [WorkerProgress] {
        let month = month ?? today.calendarMonth
        return workers.map { worker in
            let count = VisitQuota.households(of: worker.id, in: month, visits: visits)
            return WorkerProgress(worker: worker, households: count,
                                  score: VisitQuota.evaluate(households: count, rules: rules),
                                  forecast: VisitForecast.of(month: month, householdsSoFar: count, today: today,
                                                             calendar: calendar, rules: rules))
        }
    }

    /// The score so far, in tenths.
    public var points: Int { Int(score.number("points") ?? 0) }
}
