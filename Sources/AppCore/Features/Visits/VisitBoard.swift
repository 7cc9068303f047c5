import Domain
import Foundation

/// Everything the visit tab shows, made from Domain's rules over what storage read: the user's
/// month and forecast, the registry, the lists to work down and, for the secretary, everyone's
/// progress. The screen only draws it; no rule is computed there.
public struct VisitBoard: Equatable, Sendable {
    /// A household on one of the lists to work down, with the rule's sentence about it.
    public struct Due: Equatable, Sendable {
        public var household: Household
        public var lastVisit: LocalDate?
        public var verdict: Verdict
    }

    /// The person the board is for.
    public var user: Person
    public var today: LocalDate
    /// The month the panel and the lists of visits show: this month, or an earlier one.
    public var month: Month
    /// The title of the rule set that scores `month`.
    public var ruleSet: String
    /// The zone the lists cover; nil when they cover every zone.
    public var zone: String?
    public var forecast: VisitForecast
    /// The score so far by the visit rule, with its explanation.
    public var score: Verdict
    /// The user's visits this month, newest first.
    public var visits: [VisitRecord]
    /// The whole registry, for completion and household pages.
    public var households: [Household]
    /// Special targets past their tag's interval, most overdue first.
    public var overdue: [Due]
    /// Households not visited for the rule set's months.
    public var stale: [Due]
    /// Every worker's progress; empty unless the user is the secretary.
    public var team: [WorkerProgress]

    // MARK: - Making one

    /// The board of `user` on `today` for `month` (this month unless given), from the month's
    /// visits of everyone, the registry and each household's last visit; `rules` are the ones in
    /// force for `month`. The lists to work down are always today's.
    public static func make(user: Person, allZones: Bool, today: LocalDate, month: Month? = nil, monthVisits: [VisitRecord],
                            households: [Household], lastVisits: [Int64: LocalDate], workers: [Person],
                            calendar: WorkingDayCalendar, rules: RuleSet) -> VisitBoard {
        let month = month ?? today.calendarMonth
        let visits = monthVisits.map(\.visit)
        let count = VisitQuota.households(of: user.id, in: month, visits: visits)
        let zone = allZones ? nil : user.zone
        let inZone = households.filter { zone == nil || $0.zone == zone }
        let overdue = inZone.compactMap { h -> Due? in
            guard let v = VisitInterval.evaluate(h, lastVisit: lastVisits[h.id], today: today, rules: rules), !v.isOK else { return nil }
            return Due(household: h, lastVisit: lastVisits[h.id], verdict: v)
        }.sorted { ($0.verdict.number("daysSince") ?? .max) > ($1.verdict.number("daysSince") ?? .max) }
        let stale = StaleHouseholds.find(inZone, lastVisits: lastVisits, today: today, rules: rules)
            .map { Due(household: $0.household, lastVisit: lastVisits[$0.household.id], verdict: $0.verdict) }
        return VisitBoard(
            user: user, today: today, month: month, ruleSet: rules.title, zone: zone,
            forecast: VisitForecast.of(month: month, householdsSoFar: count, today: today, calendar: calendar, rules: rules),
            score: VisitQuota.evaluate(households: count, rules: rules),
            visits: monthVisits.filter { $0.workerID == user.id }, households: households, overdue: overdue, stale: stale,
            team: user.has(.secretary)
                ? WorkerProgress.table(workers: workers.filter { $0.has(.worker) && $0.isActive }, visits: visits, today: today,
                                       month: month, calendar: calendar, rules: rules)
                : [])
    }

    /// The quota, the forecast's numbers and its rule, for the panel: "本月已走访 22/30 户 · …".
    public var quota: Int { Int(score.number("quota") ?? 30) }
}
