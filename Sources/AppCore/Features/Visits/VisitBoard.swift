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
    /// Special targets past their tag's interval, most overdue first (the first `listLimit`).
    public var overdue: [Due]
    /// Households not visited for the rule set's months, the longest unvisited first (the first `listLimit`).
    public var stale: [Due]
    /// How many households each list has in all; more than it shows on a street's or a district's file.
    public var overdueTotal = 0, staleTotal = 0
    /// How many households each list shows: nobody works down 300,000 rows, and writing each one's
    /// verdict took seconds and hundreds of megabytes on the district's file.
    public static let listLimit = 500
    /// Every worker's progress; empty unless the user is the secretary.
    public var team: [WorkerProgress]
    /// False until the lists and the table were read: the month's panel is read on its own, so that
    /// entering the tab does not wait for every household's last visit.
    public var hasLists: Bool

    /// What the lists to work down and the secretary's table are made from, read only when one of
    /// them is shown: the households that can be due (a special target, or not visited lately),
    /// each one's last visit, everyone's visits of the month and the workers.
    public struct Lists: Sendable {
        public var households: [Household]
        public var lastVisits: [Int64: LocalDate]
        public var monthVisits: [VisitRecord]
        public var workers: [Person]
        /// How many stale households there are, when `households` holds only the first of them; nil: count them.
        public var staleTotal: Int?

        public init(households: [Household], lastVisits: [Int64: LocalDate], monthVisits: [VisitRecord], workers: [Person],
                    staleTotal: Int? = nil) {
            self.households = households
            self.lastVisits = lastVisits
            self.monthVisits = monthVisits
            self.workers = workers
            self.staleTotal = staleTotal
        }
    }

    // MARK: - Making one

    /// The board of `user` on `today` from their own `visits` of `month` (this month unless given),
    /// with the lists and the table when `lists` is given (the households in it may be any superset
    /// of those due); `rules` are the ones in force for `month`. The lists to work down are always today's.
    public static func make(user: Person, allZones: Bool, today: LocalDate, month: Month? = nil, visits: [VisitRecord],
                            lists: Lists?, calendar: WorkingDayCalendar, rules: RuleSet) -> VisitBoard {
        let month = month ?? today.calendarMonth
        let count = VisitQuota.households(of: user.id, in: month, visits: visits.map(\.visit))
        let zone = allZones ? nil : user.zone
        var board = VisitBoard(
            user: user, today: today, month: month, ruleSet: rules.title, zone: zone,
            forecast: VisitForecast.of(month: month, householdsSoFar: count, today: today, calendar: calendar, rules: rules),
            score: VisitQuota.evaluate(households: count, rules: rules),
            visits: visits, overdue: [], stale: [], team: [], hasLists: false)
        if let lists { board.addLists(lists, calendar: calendar, rules: rules) }
        return board
    }

    /// Fills in the lists to work down (today's) and, for the secretary, everyone's progress in the board's month.
    public mutating func addLists(_ lists: Lists, calendar: WorkingDayCalendar, rules: RuleSet) {
        let inZone = lists.households.filter { zone == nil || $0.zone == zone }
        let last = lists.lastVisits
        let due = VisitInterval.firstOverdue(Self.listLimit, among: inZone, lastVisits: last, today: today, rules: rules)
        overdue = due.found.map { Due(household: $0.household, lastVisit: last[$0.household.id], verdict: $0.verdict) }
        overdueTotal = due.total
        let unvisited = StaleHouseholds.first(Self.listLimit, of: inZone, lastVisits: last, today: today, rules: rules)
        stale = unvisited.found.map { Due(household: $0.household, lastVisit: last[$0.household.id], verdict: $0.verdict) }
        staleTotal = lists.staleTotal ?? unvisited.total
        team = Permission.overseeTeam.allows(user)
            ? WorkerProgress.table(workers: lists.workers.filter { $0.has(.worker) && $0.isActive }, visits: lists.monthVisits.map(\.visit),
                                   today: today, month: month, calendar: calendar, rules: rules)
            : []
        hasLists = true
    }

    /// The quota, the forecast's numbers and its rule, for the panel: "本月已走访 22/30 户 · …".
    public var quota: Int { Int(score.number("quota") ?? 30) }
}
