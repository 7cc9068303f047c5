/// The month's total of a points card and its explanation line by line: each line's points and
/// evidence, a breach zeroing the month, the signed total and every amendment after it.
public struct CardTotal: Sendable, Equatable {
    public var month: Month
    public var workerID: Int64
    /// The current lines, scored.
    public var lines: [PointsScorer.ScoredLine]
    /// The sum of the current lines before a breach is applied.
    public var sum: Int
    /// The month's total now (0 after a breach), in tenths.
    public var total: Int
    public var zeroed: Bool
    /// The total as signed, when the card is signed.
    public var signedTotal: Int?
    /// The explanation, one sentence a line, ending with the totals.
    public var explanation: [String]

    // MARK: - Totalling

    /// The total of `card` by `rules` (the rule set in force for the card's month).
    public static func of(_ card: PointsCard, rules: RuleSet) -> CardTotal {
        let current = tally(card.currentLines, rules: rules)
        var explanation = current.scored.map(\.verdict.message)
        explanation.append(totalSentence(current, rules: rules))
        var signedTotal: Int?
        if let signature = card.signature {
            let signed = tally(card.lines, rules: rules).total
            signedTotal = signed
            explanation.append("书记 \(signature.name) 于 \(signature.date) 签名确认，合计 \(Points.format(signed)) 分")
            for amendment in card.amendments {
                let after = tally(amendment.lines, rules: rules).total
                explanation.append("\(amendment.date) \(amendment.name) 更正，理由：\(amendment.reason)；"
                    + "更正后合计 \(Points.format(after)) 分（签名时 \(Points.format(signed)) 分）")
            }
        }
        return CardTotal(month: card.month, workerID: card.workerID, lines: current.scored, sum: current.sum,
                         total: current.total, zeroed: current.zeroed, signedTotal: signedTotal, explanation: explanation)
    }

    /// The verdicts of lines that were refused or need something.
    public var problems: [Verdict] { lines.map(\.verdict).filter { $0.severity >= .needs } }

    /// Whether an amendment changed the total from the signed one.
    public var isAmended: Bool { signedTotal.map { $0 != total } ?? false }

    // MARK: - Inside

    private struct Tally {
        var scored: [PointsScorer.ScoredLine]
        var sum: Int
        var total: Int
        var zeroed: Bool
    }

    private static func tally(_ lines: [PointsLine], rules: RuleSet) -> Tally {
        let scored = lines.map { PointsScorer.score($0, rules: rules) }
        let sum = scored.reduce(0) { $0 + $1.points }
        let zeroed = scored.contains(where: \.zeroesMonth)
        return Tally(scored: scored, sum: sum, total: zeroed ? 0 : sum, zeroed: zeroed)
    }

    private static func totalSentence(_ tally: Tally, rules: RuleSet) -> String {
        if tally.zeroed {
            return "各项合计 \(Points.format(tally.sum)) 分；安全守纪：当月积分清零，当月积分合计 0.0 分（\(rules.clause(.breach))）"
        }
        return "当月积分合计 \(Points.format(tally.total)) 分"
    }
}
