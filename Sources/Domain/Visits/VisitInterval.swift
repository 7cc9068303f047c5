/// Regular visits to special targets (附件二 四(二)): each tag may set a visit interval in the
/// rule set (独居老人 30 days); a household past the shortest interval of its tags is overdue.
public enum VisitInterval {
    // MARK: - The interval

    /// The shortest interval among the household's tags, with the tag that sets it, or nil when
    /// no tag has one.
    public static func interval(for household: Household, rules: RuleSet) -> (tag: String, days: Int)? {
        household.tags.compactMap { tag in rules.visits.intervals[tag].map { (tag: tag, days: $0) } }
            .min { ($0.days, $0.tag) < ($1.days, $1.tag) }
    }

    // MARK: - Overdue

    /// The verdict on one household: ok within its interval, a warning past it or never visited,
    /// nil when none of its tags sets an interval.
    public static func evaluate(_ household: Household, lastVisit: LocalDate?, today: LocalDate, rules: RuleSet) -> Verdict? {
        guard let (tag, days) = interval(for: household, rules: rules) else { return nil }
        let who = "\(tag) \(household.room)"
        guard let lastVisit else {
            return Verdict(.visitInterval, in: rules, .warning, "\(who) 尚无走访记录，应每 \(days) 天走访一次",
                           numbers: [.days("interval", days)])
        }
        let since = today.days(since: lastVisit)
        let numbers: [Figure] = [.days("interval", days), .days("daysSince", since)]
        if isPast(days, since: since) {
            return Verdict(.visitInterval, in: rules, .warning,
                           "\(who) 上次走访 \(lastVisit)，已 \(since) 天，超过 \(days) 天间隔 \(since - days) 天", numbers: numbers)
        }
        let due = lastVisit.adding(days: days)
        return Verdict(.visitInterval, in: rules, .ok,
                       "\(who) 上次走访 \(lastVisit)，已 \(since) 天，须在 \(due) 前再次走访", numbers: numbers)
    }

    /// The overdue households among `households`, most overdue first; `lastVisits` maps a
    /// household id to its latest visit.
    public static func overdue(_ households: [Household], lastVisits: [Int64: LocalDate], today: LocalDate, rules: RuleSet) -> [Verdict] {
        firstOverdue(.max, among: households, lastVisits: lastVisits, today: today, rules: rules).found.map(\.verdict)
    }

    /// `overdue`'s first `limit` households with their verdicts, and how many it lists in all: households
    /// are ordered by their days since the last visit (never visited first, then in the order given) and
    /// only the ones returned get a verdict written (a district's registry has 86,000 special targets).
    public static func firstOverdue(_ limit: Int, among households: [Household], lastVisits: [Int64: LocalDate], today: LocalDate,
                                    rules: RuleSet) -> (found: [(household: Household, verdict: Verdict)], total: Int) {
        var due: [(index: Int, since: Int)] = []
        for (i, h) in households.enumerated() {
            guard let (_, days) = interval(for: h, rules: rules) else { continue }
            let since = lastVisits[h.id].map { today.days(since: $0) }
            if since.map({ isPast(days, since: $0) }) ?? true { due.append((i, since ?? .max)) }
        }
        due.sort { $0.since != $1.since ? $0.since > $1.since : $0.index < $1.index }
        let found = due.prefix(limit).compactMap { d -> (household: Household, verdict: Verdict)? in
            let h = households[d.index]
            return evaluate(h, lastVisit: lastVisits[h.id], today: today, rules: rules).map { (h, $0) }
        }
        return (found, due.count)
    }

    /// Whether `since` days since the last visit is past an interval of `days`.
    static func isPast(_ days: Int, since: Int) -> Bool { since > days }

    /// The latest visit of each household in `visits`.
    public static func lastVisits(_ visits: [Visit]) -> [Int64: LocalDate] {
        visits.reduce(into: [:]) { latest, visit in
            latest[visit.householdID] = max(latest[visit.householdID] ?? visit.date, visit.date)
        }
    }
}
