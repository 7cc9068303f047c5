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
        if since > days {
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
        households.compactMap { evaluate($0, lastVisit: lastVisits[$0.id], today: today, rules: rules) }
            .filter { $0.severity == .warning }
            .sorted { ($0.number("daysSince") ?? .max) > ($1.number("daysSince") ?? .max) }
    }

    /// The latest visit of each household in `visits`.
    public static func lastVisits(_ visits: [Visit]) -> [Int64: LocalDate] {
        visits.reduce(into: [:]) { latest, visit in
            latest[visit.householdID] = max(latest[visit.householdID] ?? visit.date, visit.date)
        }
    }
}
