/// One worker's standing in a month, for the secretary's table: distinct households visited,
/// the score so far by the visit rule, and the month's forecast.
public struct WorkerProgress: Sendable, Equatable, Identifiable {
    public var worker: Person
    public var households: Int
    /// The visit item's verdict at today's count (its message explains the score).
    public var score: Verdict
    public var forecast: VisitForecast

    public var id: Int64 { worker.id }

    /// The progress of each worker in `workers` in the month of `today`, from all of that month's `visits`.
    public static func table(workers: [Person], visits: [Visit], today: LocalDate, calendar: WorkingDayCalendar,
                             rules: RuleSet) -> [WorkerProgress] {
        workers.map { worker in
            let count = VisitQuota.households(of: worker.id, in: today.calendarMonth, visits: visits)
            return WorkerProgress(worker: worker, households: count,
                                  score: VisitQuota.evaluate(households: count, rules: rules),
                                  forecast: VisitForecast.make(householdsSoFar: count, today: today, calendar: calendar, rules: rules))
        }
    }

    /// The score so far, in tenths.
    public var points: Int { Int(score.number("points") ?? 0) }
}
