/// The points card in its own layout (附件三): one row an item, in the card's order, with its
/// group (类别), title (分项), standard (计分标准, from the rule set's values), evidence (计分依据)
/// and points (得分) — all taken from a `CardTotal`, so the screen and the printout never
/// recompute a score.
public struct CardRow: Sendable, Equatable {
    public var item: PointsItem
    public var standard: String
    /// The evidence of the item's lines, or the document the card names when it has none.
    public var evidence: String
    /// The sum of the item's scored lines, in tenths; nil when the item has no line.
    public var points: Int?
    /// The scored lines of the item, with their verdicts.
    public var lines: [PointsScorer.ScoredLine]
    /// The item's points as signed, when an amendment has changed them since (the original value).
    public var signedPoints: Int?
    /// Whether an amendment after signing added, changed or struck a line of the item.
    public var isAmended = false

    /// The fourteen rows of `total`, in the card's order.
    public static func of(_ total: CardTotal, rules: RuleSet) -> [CardRow] {
        PointsItem.allCases.map { item in
            let lines = total.lines.filter { $0.line.item == item }
            let evidence = lines.map { $0.line.basis ?? $0.line.evidence }
            let points = lines.isEmpty ? nil : Points.sum(lines.map(\.points))
            var row = CardRow(item: item, standard: standard(item, rules: rules),
                              evidence: lines.isEmpty ? item.evidenceDocument : evidence.joined(separator: "；"),
                              points: points, lines: lines)
            row.isAmended = total.lineChanges.contains { $0.item == item }
            if let signed = total.signedLines?.filter({ $0.line.item == item }), row.isAmended {
                row.signedPoints = signed.isEmpty ? 0 : Points.sum(signed.map(\.points))
            }
            return row
        }
    }

    /// "安全守纪" shows 清零 when a breach is recorded, else the points with one decimal, else "".
    public var pointsText: String {
        if lines.contains(where: \.zeroesMonth) { return "清零" }
        let now = points.map(Points.format) ?? (isAmended ? "0" : "")
        guard isAmended, let signedPoints else { return now }
        return "\(now)(原\(Points.format(signedPoints)))"
    }

    // MARK: - 计分标准

    /// The card's standard for `item`, short enough for its column, with the values of `rules`.
    public static func standard(_ item: PointsItem, rules: RuleSet) -> String {
        let p = rules.points
        let f = { (tenths: Int) -> String in
            let text = Points.format(tenths)
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        switch item {
        case .visits:
            let v = rules.visits
            return "\(v.quota)户\(f(v.pointsAtQuota))，每户少-\(f(v.shortPenalty))多+\(f(v.overBonus))"
        case .awards:
            let individual = AwardLevel.allCases.map { f(p.individualAwards[$0] ?? 0) }.joined(separator: "/")
            let collective = AwardLevel.allCases.map { f(p.collectiveAwards[$0] ?? 0) }.joined(separator: "/")
            return "个人\(individual) 集体\(collective)"
        case .inspection: return "优秀 个人\(f(p.inspectionIndividual)) 居委会\(f(p.inspectionCommittee))"
        case .contest:
            let prizes = ContestPrize.allCases.map { f(p.contestPrizes[$0] ?? 0) }.joined(separator: "/")
            return "参赛\(f(p.contestEntry)) 获奖加\(prizes)"
        case .complaint: return "\(f(p.complaintRange.lowerBound))～\(f(p.complaintRange.upperBound)) 集体决定"
        case .dispute: return "\(f(p.disputeRange.lowerBound))～\(f(p.disputeRange.upperBound)) 集体决定"
        case .breach: return "当月积分清零"
        default: return "每\(item.unit)\(f(p.perUnit[item] ?? 0))分"
        }
    }
}
