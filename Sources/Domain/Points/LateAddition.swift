import Foundation

/// 签名后新增: what the records now prove for one computed item of a signed card, when it differs
/// from the card's line in force. A record can reach a signed month later (a reception signed or
/// completed later, a visit recorded late, a shift signed off late): it does not count until the
/// secretary amends the card by recomputing the item. The card itself is never changed by it
/// (积分规则说明 4: 一经填写不得涂改); listing such records and amending by recomputation is
/// this program's reading (本程序的做法).
public struct LateAddition: Sendable, Equatable {
    public var item: PointsItem
    /// The item's line in force on the card (nil when the card has none).
    public var inForce: PointsLine?
    /// The line the records prove now.
    public var recomputed: PointsLine
    /// The records of the item written after the card was signed, oldest first.
    public var records: [LateRecord]
    /// The points the recomputed line adds to the card (negative when it takes some away), in tenths.
    public var pointsAdded: Int

    /// The late additions of a signed `card`: one for each computed item whose line the records
    /// prove now (`recomputed`) differs from the line in force; none for an unsigned card.
    public static func of(_ card: PointsCard, recomputed: [PointsLine], records: [LateRecord], rules: RuleSet) -> [LateAddition] {
        guard card.isSigned else { return [] }
        return recomputed.compactMap { line in
            let inForce = card.currentLines.first { $0.item == line.item }
            guard inForce?.claim != line.claim else { return nil }
            let was = inForce.map { PointsScorer.score($0, rules: rules).points } ?? 0
            return LateAddition(item: line.item, inForce: inForce, recomputed: line,
                                records: records.filter { $0.item == line.item }.sorted { $0.at < $1.at },
                                pointsAdded: PointsScorer.score(line, rules: rules).points - was)
        }
    }

    /// The ids of `item`'s records written after signing, among `late`.
    public static func recordIDs(_ item: PointsItem, in late: [LateAddition]) -> Set<Int64> {
        Set(late.filter { $0.item == item }.flatMap(\.records).compactMap(\.recordID))
    }

    /// "首问接待 3 次 0.6 分 → 5 次 1.0 分，+0.4 分": the card's line, what the records prove now, the difference.
    public func summary(rules: RuleSet) -> String {
        let was = inForce.map { LineChangeNote.describe(PointsScorer.score($0, rules: rules)) } ?? "无"
        let now = LineChangeNote.describe(PointsScorer.score(recomputed, rules: rules))
        let sign = pointsAdded >= 0 ? "+" : ""
        return "\(item.title) \(was) → \(now)，\(sign)\(Points.format(pointsAdded)) 分"
    }
}

/// One record of a computed item written after its month's card was signed: what it is and when
/// it was written ("第 12 号接待记录（11-28）居民签字", 2026-12-03 14:20).
public struct LateRecord: Sendable, Equatable {
    public var item: PointsItem
    /// The record's id in its own table (a reception record, a reply, a visit, a shift).
    public var recordID: Int64?
    public var what: String
    /// When the record was written or last changed (after the signature).
    public var at: Date

    public init(item: PointsItem, recordID: Int64? = nil, what: String, at: Date) {
        self.item = item
        self.recordID = recordID
        self.what = what
        self.at = at
    }

    /// "第 12 号接待记录（11-28）居民签字 12-03 14:20".
    public var sentence: String {
        "\(what) \(VisitTime.short(at))"
    }
}
