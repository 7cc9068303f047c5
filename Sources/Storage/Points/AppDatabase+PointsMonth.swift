import Domain
import Foundation
import GRDB

/// The points cards of a whole month at once (the secretary's overview, `report points --month`),
/// and one worker's card with the records behind it (the 积分卡 tab), each in one read.
extension AppDatabase {
    /// Every card holder's card of `month`, by name, as `pointsCard` computes each one: a street's
    /// file holds hundreds of workers, so the month's records are read once for all of them (one
    /// statement an item) instead of some eight statements a card.
    public func pointsMonthCards(month: Month, now: Date, rules: RuleSet) throws -> [(worker: Person, card: PointsCard)] {
        try pool.read { db in
            let workers = try Self.cardHolders(in: db)
            let cards = try PointsTable.cards(of: workers.map(\.id), in: month, now: now, rules: rules, in: db)
            return Array(zip(workers, cards))
        }
    }

    /// `worker`'s card of `month` with the records behind its computed items, read once for both:
    /// the month's reception records, platform replies and visits of this worker (newest first),
    /// and the shifts they were on.
    public func pointsCardWithRecords(worker: Int64, month: Month, now: Date, rules: RuleSet) throws -> PointsCardRecords {
        try pool.read { db in
            let records = try PointsSources.Records.read(month, worker: worker, in: db)
            let card = try PointsTable.card(of: worker, in: month, now: now, rules: rules, records: records, in: db)
            let late = try Self.lateAdditions(card, facts: records.facts, now: now, rules: rules, in: db)
            return PointsCardRecords(card: card, receptions: records.receptions, replies: records.replies,
                                     visits: records.visits, shifts: records.shifts, late: late)
        }
    }
}

/// One worker's card of a month and the records behind its computed items.
public struct PointsCardRecords: Sendable {
    public var card: PointsCard
    public var receptions: [ReceptionRecord]
    public var replies: [OnlineReply]
    public var visits: [VisitRecord]
    public var shifts: [Shift]
    /// On a signed card, what its records prove now where it differs from the card (签名后新增).
    public var late: [LateAddition] = []
}
