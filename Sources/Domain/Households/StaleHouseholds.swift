/// Households of a zone that nobody has visited for the rule set's months (`staleMonths`, 6):
/// 分片包块，定期深入群众 (附件二 四(二)) means every household is seen now and then.
public enum StaleHouseholds {
    /// The day before which a last visit counts as stale: `staleMonths` months before `today`.
    public static func cutoff(today: LocalDate, rules: RuleSet) -> LocalDate {
        var month = today.calendarMonth
        for _ in 0..<rules.visits.staleMonths { month = month.previous }
        let day = min(today.day, month.lastDay.day)
        return LocalDate(year: month.year, month: month.month, day: day)!
    }

    /// The verdict on one household: a warning when never visited or last visited before the cutoff.
    public static func evaluate(_ household: Household, lastVisit: LocalDate?, today: LocalDate, rules: RuleSet) -> Verdict {
        let months = rules.visits.staleMonths
        let limit = cutoff(today: today, rules: rules)
        guard let lastVisit else {
            return Verdict(.visitInterval, in: rules, .warning, "\(household.room) 尚无走访记录，片区内住户应至少每 \(months) 个月走访一次",
                           numbers: [.count("months", months)])
        }
        let since = today.days(since: lastVisit)
        let numbers: [Figure] = [.count("months", months), .days("daysSince", since)]
        if isStale(lastVisit, cutoff: limit) {
            return Verdict(.visitInterval, in: rules, .warning,
                           "\(household.room) 上次走访 \(lastVisit)，已 \(since) 天，超过 \(months) 个月未走访", numbers: numbers)
        }
        return Verdict(.visitInterval, in: rules, .ok, "\(household.room) 上次走访 \(lastVisit)，\(months) 个月内已走访",
                       numbers: numbers)
    }

    /// The stale households among `households`, never visited first, then the longest unvisited, then by room.
    public static func find(_ households: [Household], lastVisits: [Int64: LocalDate], today: LocalDate, rules: RuleSet)
        -> [(household: Household, verdict: Verdict)] {
        first(.max, of: households, lastVisits: lastVisits, today: today, rules: rules).found
    }

    /// `find`'s first `limit` households with their verdicts, and how many it finds in all: households
    /// are ordered by their days since the last visit and only the ones returned get a verdict written
    /// (a district's registry has 300,000 stale households).
    public static func first(_ limit: Int, of households: [Household], lastVisits: [Int64: LocalDate], today: LocalDate,
                             rules: RuleSet) -> (found: [(household: Household, verdict: Verdict)], total: Int) {
        let limitDay = cutoff(today: today, rules: rules)
        var stale: [(index: Int, since: Int)] = []
        for (i, h) in households.enumerated() where isStale(lastVisits[h.id], cutoff: limitDay) {
            stale.append((i, lastVisits[h.id].map { today.days(since: $0) } ?? .max))
        }
        stale.sort { a, b in a.since != b.since ? a.since > b.since : households[a.index].room < households[b.index].room }
        let found = stale.prefix(limit).map { s in
            (households[s.index], evaluate(households[s.index], lastVisit: lastVisits[households[s.index].id], today: today, rules: rules))
        }
        return (found, stale.count)
    }

    /// Whether a household last visited on `lastVisit` (nil: never) is stale by `cutoff`.
    static func isStale(_ lastVisit: LocalDate?, cutoff: LocalDate) -> Bool { lastVisit.map { $0 < cutoff } ?? true }
}
