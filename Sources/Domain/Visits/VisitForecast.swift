/// The month's visit forecast for a worker: given the households so far, today's date and the
/// working-day calendar, how many households are still needed, how many per remaining working
/// day, and the score the month is heading for at the present pace.
public struct VisitForecast: Sendable, Equatable {
    public var month: Month
    public var householdsSoFar: Int
    /// Working days from today (included) to the month's end.
    public var remainingWorkingDays: Int
    /// Working days of the month before today.
    public var elapsedWorkingDays: Int
    /// Households still needed to reach the quota (0 when reached).
    public var needed: Int
    /// Households per remaining working day to reach the quota, rounded up (nil when no day remains and some are needed).
    public var neededPerDay: Int?
    /// Households at the month's end if the pace of the elapsed working days holds.
    public var projectedHouseholds: Int
    /// The score of `projectedHouseholds`, in tenths.
    public var projectedScore: Int
    public var verdict: Verdict
    /// True when the month is over: the count is the month's final result, nothing is projected.
    public var isFinal = false

    // MARK: - Forecasting

    /// The forecast for `month` seen on `today`: a projection while the month runs, the final
    /// result once it is over (a month after today is treated as not yet begun: nothing counted).
    public static func of(month: Month, householdsSoFar: Int, today: LocalDate, calendar: WorkingDayCalendar,
                          rules: RuleSet) -> VisitForecast {
        month < today.calendarMonth ? final(households: householdsSoFar, month: month, calendar: calendar, rules: rules)
            : make(householdsSoFar: householdsSoFar, today: month == today.calendarMonth ? today : month.firstDay,
                   calendar: calendar, rules: rules)
    }

    /// The result of a month that is over: its households, its score by `rules` (the rule set in
    /// force then), and the visit rule's own explanation of it.
    public static func final(households: Int, month: Month, calendar: WorkingDayCalendar, rules: RuleSet) -> VisitForecast {
        let score = VisitQuota.evaluate(households: households, rules: rules)
        var forecast = VisitForecast(month: month, householdsSoFar: households, remainingWorkingDays: 0,
                                     elapsedWorkingDays: calendar.workingDays(from: month.firstDay, through: month.lastDay).count,
                                     needed: max(0, rules.visits.quota - households), neededPerDay: nil,
                                     projectedHouseholds: households, projectedScore: VisitQuota.score(households: households, rules: rules),
                                     verdict: score)
        forecast.verdict.message = "\(month.chinese)已结束：" + score.message
        forecast.isFinal = true
        return forecast
    }

    /// The forecast for the month of `today`. Today counts as a remaining working day when it is one.
    public static func make(householdsSoFar: Int, today: LocalDate, calendar: WorkingDayCalendar, rules: RuleSet) -> VisitForecast {
        let month = today.calendarMonth
        let remaining = calendar.workingDays(from: today, through: month.lastDay).count
        let elapsed = calendar.workingDays(from: month.firstDay, through: today.adding(days: -1)).count
        let needed = max(0, rules.visits.quota - householdsSoFar)
        let perDay: Int? = needed == 0 ? 0 : (remaining == 0 ? nil : (needed + remaining - 1) / remaining)
        let projected = elapsed == 0 ? householdsSoFar
            : householdsSoFar + (householdsSoFar * remaining + elapsed / 2) / elapsed
        let score = VisitQuota.score(households: projected, rules: rules)
        var forecast = VisitForecast(month: month, householdsSoFar: householdsSoFar, remainingWorkingDays: remaining,
                                     elapsedWorkingDays: elapsed, needed: needed, neededPerDay: perDay,
                                     projectedHouseholds: projected, projectedScore: score,
                                     verdict: Verdict(rule: .visitQuota, clause: "", severity: .ok, message: ""))
        forecast.verdict = forecast.explain(calendar: calendar, rules: rules)
        return forecast
    }

    // MARK: - Explaining

    private func explain(calendar: WorkingDayCalendar, rules: RuleSet) -> Verdict {
        let numbers: [Figure] = [.count("households", householdsSoFar), .count("needed", needed),
                                 .days("remainingWorkingDays", remainingWorkingDays),
                                 .count("neededPerDay", neededPerDay ?? needed), .tenths("projectedScore", projectedScore)]
        let head = "\(month.chinese)已走访 \(householdsSoFar) 户"
        let gap = calendar.uncoveredNote(from: month.firstDay, through: month.lastDay).map { "；\($0)" } ?? ""
        let pace = "，按目前进度预计月底 \(projectedHouseholds) 户、得 \(Points.format(projectedScore)) 分\(gap)"
        if needed == 0 {
            return Verdict(.visitQuota, in: rules, .ok, "\(head)，已完成 \(rules.visits.quota) 户任务\(pace)", numbers: numbers)
        }
        guard let perDay = neededPerDay else {
            return Verdict(.visitQuota, in: rules, .warning,
                           "\(head)，还差 \(needed) 户，本月已无工作日\(pace)", numbers: numbers)
        }
        return Verdict(.visitQuota, in: rules, .warning,
                       "\(head)，还差 \(needed) 户；剩余 \(remainingWorkingDays) 个工作日，每个工作日须走访 \(perDay) 户\(pace)",
                       numbers: numbers)
    }
}
