/// The month's total of a points card and its explanation line by line: each line's points and
/// evidence, a breach zeroing the month, the signed total and every amendment after it.
public struct CardTotal: Sendable, Equatable {
    public var month: Month
    public var workerID: Int64
    /// The current lines, scored.
    public var lines: [PointsScorer.ScoredLine]
    /// The sum of the current lines before a breach is applied.
    public var sum: Int
    /// The month's total now, in tenths: after a breach 0, or the sum when it is below 0 (清零
    /// takes the month's points away; it never raises a negative month).
    public var total: Int
    public var zeroed: Bool
    /// The total as signed, when the card is signed.
    public var signedTotal: Int?
    /// The explanation, one sentence a line, ending with the totals.
    public var explanation: [String]
    /// The signed lines, scored, when the card is signed (the original beside any amendment).
    public var signedLines: [PointsScorer.ScoredLine]? = nil
    /// One sentence for each amendment of a single line: the line before and after, why, by whom.
    public var lineChanges: [LineChangeNote] = []

    // MARK: - Totalling

    /// The total of `card` by `rules` (the rule set in force for the card's month).
    public static func of(_ card: PointsCard, rules: RuleSet) -> CardTotal {
        let current = tally(card.currentLines, rules: rules)
        var explanation = current.scored.map(\.verdict.message)
        explanation.append(totalSentence(current, rules: rules))
        var signedTotal: Int?
        var signedLines: [PointsScorer.ScoredLine]?
        if let signature = card.signature {
            let signedTally = tally(card.lines, rules: rules)
            let signed = signedTally.total
            signedTotal = signed
            signedLines = signedTally.scored
            explanation.append("书记 \(signature.name) 于 \(signature.date) 签名确认，合计 \(Points.format(signed)) 分")
            for amendment in card.amendments {
                let after = tally(amendment.lines, rules: rules).total
                explanation.append("\(amendment.date) \(amendment.name) 更正，理由：\(amendment.reason)；"
                    + "更正后合计 \(Points.format(after)) 分（签名时 \(Points.format(signed)) 分）")
            }
        }
        return CardTotal(month: card.month, workerID: card.workerID, lines: current.scored, sum: current.sum,
                         total: current.total, zeroed: current.zeroed, signedTotal: signedTotal, explanation: explanation,
                         signedLines: signedLines, lineChanges: LineChangeNote.of(card, rules: rules))
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
        let sum = Points.sum(scored.map(\.points))
        let zeroed = scored.contains(where: \.zeroesMonth)
        return Tally(scored: scored, sum: sum, total: zeroed ? min(0, sum) : sum, zeroed: zeroed)
    }

    private static func totalSentence(_ tally: Tally, rules: RuleSet) -> String {
        if tally.zeroed {
            let kept = tally.sum < 0 ? "；合计已为负，清零不提高分数（本程序的读法）" : ""
            return "各项合计 \(Points.format(tally.sum)) 分；安全守纪：当月积分清零\(kept)，"
                + "当月积分合计 \(Points.format(tally.total)) 分（\(rules.clause(.breach))）"
        }
        return "当月积分合计 \(Points.format(tally.total)) 分"
    }
}

/// One amendment of a single line of a signed card, in words: "2026-12-02 王书记 改值 学习培训：原 2 次 1.0 分 → 1 次 0.5 分（理由：…）".
public struct LineChangeNote: Sendable, Equatable {
    public var item: PointsItem
    public var change: LineChange
    /// The line before the amendment, scored (nil for a line added).
    public var before: PointsScorer.ScoredLine?
    /// The line after it, scored (nil for a line struck).
    public var after: PointsScorer.ScoredLine?
    public var sentence: String

    /// The notes of `card`'s line amendments, oldest first (whole-card amendments have none).
    public static func of(_ card: PointsCard, rules: RuleSet) -> [LineChangeNote] {
        card.amendments.indices.compactMap { k in
            let a = card.amendments[k]
            guard let change = a.change else { return nil }
            let earlier = card.linesBefore(amendment: k)
            let before = a.lineIndex.flatMap { earlier[safe: $0] }
            let afterIndex = change == .add ? a.lines.count - 1 : a.lineIndex
            let after = change == .strike ? nil : afterIndex.flatMap { a.lines[safe: $0] }
            let (scoredBefore, scoredAfter) = (before.map { PointsScorer.score($0, rules: rules) }, after.map { PointsScorer.score($0, rules: rules) })
            guard let item = (after ?? before)?.item else { return nil }
            let was = scoredBefore.map { "原 \(describe($0))" } ?? "原无"
            let now = scoredAfter.map(describe) ?? "划去"
            let sentence = "\(a.date) \(a.name) \(a.changeTitle ?? change.title) \(item.title)：\(was) → \(now)（理由：\(a.reason)）"
            return LineChangeNote(item: item, change: change, before: scoredBefore, after: scoredAfter, sentence: sentence)
        }
    }

    /// "2 次 1.0 分", "个人区级 1.0 分": a scored line in a few words.
    public static func describe(_ scored: PointsScorer.ScoredLine) -> String {
        let line = scored.line
        let what: String
        switch line.claim {
        case .count(let n): what = "\(n) \(line.item.unit)"
        case .households(let n): what = "\(n) 户"
        case .award(let scope, let level): what = "\(scope.title)\(level.title)"
        case .inspection(let scope): what = scope.title
        case .contest(let prize): what = prize?.title ?? "参赛"
        case .deduction, .breach: what = line.meetingRecord.map { "会议记录 \($0)" } ?? ""
        }
        return line.claim == .breach ? "\(what) 清零" : "\(what) \(Points.format(scored.points)) 分"
    }
}
