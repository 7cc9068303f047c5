import Domain
import Foundation

/// The points tab's work against storage; the runtime answers each with `PointsResult.loaded`.
public enum PointsEffect: Equatable, Sendable {
    /// The card of `worker` for `month` (the clock's month when nil); with `overview`, every
    /// worker's total of the month and the earlier unsigned months too (the secretary's view,
    /// read only when it is shown: in a street's file it is hundreds of cards); with `reminders`
    /// (the secretary), the earlier unsigned months even without the overview.
    case load(worker: Int64, month: Month?, overview: Bool, reminders: Bool = false)
    case addLine(PointsLine, worker: Int64, month: Month, by: Int64)
    case sign(worker: Int64, month: Month, by: Int64)
    /// Signs every unsigned card of the month, after review.
    case signMonth(Month, worker: Int64, by: Int64)
    case amend(worker: Int64, month: Month, lines: [PointsLine], reason: String, by: Int64)
    /// Amends one line of a signed card: `line` added (no `index`), put in place of line `index`,
    /// or that line struck (no `line`).
    case amendLine(worker: Int64, month: Month, index: Int?, line: PointsLine?, reason: String, by: Int64)
    /// Amends a signed card by recomputing `line.item` from its records (签名后新增); `line` is the
    /// line the confirmation showed, and storage refuses when the records now prove another.
    case recompute(worker: Int64, month: Month, line: PointsLine, reason: String, by: Int64)
    /// The year's ranking per street office (this committee's signed totals and those imported).
    case ranking(year: Int)
}

/// What the runtime hands back to the points tab.
public enum PointsResult: Equatable, Sendable {
    /// The card as it now stands, with a note of what was just done (nil after a plain load).
    case loaded(PointsSnapshot, note: String?)
    /// A recomputation refused (the records changed after the confirmation): the card read again,
    /// the form and its reason kept, so Enter asks again with what the records prove now.
    case recomputeRefused(PointsSnapshot, because: String)
    /// The year's ranking, for the 年度排行 page.
    case ranking(PointsRanking)
}

/// The year's ranking per street office (积分规则说明 2), each worker marked with where the
/// total came from: this committee's signed cards, or a committee's export imported on a day.
public struct PointsRanking: Equatable, Sendable {
    public var year: Int
    public var offices: [String: [YearRanking.Ranked]]
    public var rules: RuleSet

    public init(year: Int, offices: [String: [YearRanking.Ranked]], rules: RuleSet) {
        self.year = year
        self.offices = offices
        self.rules = rules
    }

    /// Every ranked worker, street office by street office (by name), best first.
    public var rows: [YearRanking.Ranked] { offices.keys.sorted().flatMap { offices[$0] ?? [] } }
}

/// What the points tab shows: one worker's card for a month with the records behind its
/// computed items, and for the secretary every worker's month and the unsigned earlier months.
public struct PointsSnapshot: Equatable, Sendable {
    public var month: Month
    public var worker: Person
    public var card: PointsCard
    /// The rule set in force for the month.
    public var rules: RuleSet
    /// The records behind 社区走访 (latest versions).
    public var visits: [VisitRecord]
    /// The month's shifts, for the records behind 错时值班 (judged at the tab context's clock).
    public var shifts: [Shift]
    /// The secretary's overview: every worker's card of the month (empty for a worker, and
    /// until the overview is first shown: see `hasOverview`).
    public var overview: [PointsOverviewRow]
    /// Whether `overview` and `unsigned` were read with this card.
    public var hasOverview: Bool
    /// Every worker with a card, by name (the secretary's 下一位社工), read even without the overview.
    public var workers: [Person] = []
    /// Earlier months not signed yet, the oldest first (the secretary's reminder): at most
    /// `PointsReminder.shown` of them, read for the screen; `unsignedCount` says how many in all.
    public var unsigned: [PointsReminder]
    /// How many earlier cards are not signed yet (at least `unsigned.count`).
    public var unsignedCount: Int
    /// The worker's reception records of the month, behind 首问接待 (the signed ones count).
    public var receptions: [ReceptionRecord] = []
    /// The platform questions the worker answered in the month, behind 线上反馈 (the satisfied ones count).
    public var replies: [OnlineReply] = []
    /// The 居委会班子会议 decisions a deduction may cite, newest first (the form's `DecisionPicker`).
    public var decisions: [DecisionCitation] = []
    /// On a signed card, what the records prove now where it differs from the card (签名后新增).
    public var late: [LateAddition] = []

    public init(month: Month, worker: Person, card: PointsCard, rules: RuleSet, visits: [VisitRecord], shifts: [Shift],
                overview: [PointsOverviewRow]? = nil, unsigned: [PointsReminder] = [], unsignedCount: Int? = nil) {
        self.month = month
        self.worker = worker
        self.card = card
        self.rules = rules
        self.visits = visits
        self.shifts = shifts
        self.overview = overview ?? []
        self.hasOverview = overview != nil
        self.unsigned = unsigned
        self.unsignedCount = max(unsignedCount ?? 0, unsigned.count)
    }

    /// The card's total and explanation, from the domain.
    public var total: CardTotal { CardTotal.of(card, rules: rules) }
    /// The fourteen rows of the card.
    public var rows: [CardRow] { CardRow.of(total, rules: rules) }
    /// The duty shifts of the worker with their statuses at `now`.
    public func duty(now: Date) -> DutyTally { DutyTally.of(worker.id, in: month, shifts: shifts, now: now, rules: rules) }
}

/// One worker's line in the secretary's overview.
public struct PointsOverviewRow: Equatable, Sendable {
    public var worker: Person
    public var card: PointsCard
    public var total: CardTotal

    public init(worker: Person, card: PointsCard, total: CardTotal) {
        self.worker = worker
        self.card = card
        self.total = total
    }
}

/// A worker's earlier month whose card is not signed.
public struct PointsReminder: Equatable, Sendable {
    /// How many the reminder names; the rest it counts.
    public static let shown = 6

    public var name: String
    public var month: Month

    public init(name: String, month: Month) {
        self.name = name
        self.month = month
    }
}
