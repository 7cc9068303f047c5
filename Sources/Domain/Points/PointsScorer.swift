import Foundation

/// Scores one line of the points card by the rule set, or refuses it: a count times its value,
/// the visit score, an award or prize by level, a deduction only within its range.
public enum PointsScorer {
    /// A line with its points (0 when refused) and the verdict explaining them.
    public struct ScoredLine: Sendable, Equatable {
        public var line: PointsLine
        public var points: Int
        public var verdict: Verdict
        /// Whether the line zeroes the month (a recorded breach).
        public var zeroesMonth: Bool
    }

    // MARK: - Scoring

    public static func score(_ line: PointsLine, rules: RuleSet) -> ScoredLine {
        if let problem = check(line, rules: rules) {
            return ScoredLine(line: line, points: 0, verdict: problem, zeroesMonth: false)
        }
        let (points, text) = value(line, rules: rules)
        let evidence = line.item.isDeduction ? "会议记录：\(line.basis ?? "")" : "依据：\(line.evidence)"
        let verdict = Verdict(line.item.rule, in: rules, line.item == .breach ? .warning : .ok, "\(text)；\(evidence)",
                              numbers: [.tenths("points", points)])
        return ScoredLine(line: line, points: points, verdict: verdict, zeroesMonth: line.claim == .breach)
    }

    /// The points of a valid line and the sentence that explains them (without the clause).
    private static func value(_ line: PointsLine, rules: RuleSet) -> (Int, String) {
        let p = rules.points
        let title = line.item.title
        switch line.claim {
        case .count(let n):
            let each = p.perUnit[line.item] ?? 0
            return (n * each, "\(title) \(n) \(line.item.unit) × \(Points.format(each)) = \(Points.format(n * each)) 分")
        case .households(let n):
            let score = VisitQuota.score(households: n, rules: rules)
            return (score, "\(title)：" + VisitQuota.explanation(households: n, rules: rules))
        case .award(let scope, let level):
            let value = (scope == .individual ? p.individualAwards : p.collectiveAwards)[level] ?? 0
            return (value, "\(title)：\(scope.title)\(level.title)奖项 \(Points.format(value)) 分")
        case .inspection(let scope):
            let value = scope == .individual ? p.inspectionIndividual : p.inspectionCommittee
            return (value, "\(title)：\(scope.title) \(Points.format(value)) 分")
        case .contest(let prize):
            let bonus = prize.flatMap { p.contestPrizes[$0] } ?? 0
            let prizeText = prize.map { " + \($0.title) \(Points.format(bonus)) 分" } ?? ""
            let total = p.contestEntry + bonus
            return (total, "\(title)：参赛 1 次 \(Points.format(p.contestEntry)) 分\(prizeText) = \(Points.format(total)) 分")
        case .deduction(let tenths):
            return (tenths, "\(title)：扣 \(Points.format(-tenths)) 分")
        case .breach:
            return (0, "\(title)：发生严重安全生产事故或严重违反组织纪律，当月积分清零")
        }
    }

    // MARK: - Refusing

    /// Why the line cannot be scored, or nil when it can.
    public static func check(_ line: PointsLine, rules: RuleSet) -> Verdict? {
        let item = line.item
        let refuse = { (text: String) in Verdict(item.rule, in: rules, .refusal, text) }
        guard line.claim.kind == item.claimKind else { return refuse("“\(item.title)”不能按这种方式计分") }
        switch line.claim {
        case .count(let n) where n < 0, .households(let n) where n < 0:
            return refuse("“\(item.title)”的\(item.unit)数不能为负数：\(n)")
        case .count(let n) where n > maxCount(item), .households(let n) where n > maxCount(item):
            return refuse("“\(item.title)”的\(item.unit)数 \(n) 超过一个月的上限 \(maxCount(item))（本程序取值）")
        case .deduction(let tenths):
            if let problem = deductionProblem(item, tenths, rules: rules) { return refuse(problem) }
        default: break
        }
        if item.isDeduction {
            guard line.decision != nil || !(line.meetingRecord ?? "").trimmed.isEmpty else {
                return Verdict(item.rule, in: rules, .needs,
                               "“\(item.title)”须经居委会班子成员集体讨论决定，请填写会议记录", need: .meetingRecord)
            }
        } else if line.evidence.trimmed.isEmpty {
            return Verdict(item.rule, in: rules, .needs, "“\(item.title)”须注明计分依据（\(item.evidenceDocument)）", need: .evidence)
        }
        return nil
    }

    /// The most units a line of `item` may count: a typed item's month, or a tab's records (`Points`).
    static func maxCount(_ item: PointsItem) -> Int {
        PointsEntryInput.manualItems.contains(item) ? Points.maxTypedCount : Points.maxRecordedCount
    }

    /// Why a deduction value is not allowed: positive, or outside its range (0 means no deduction).
    private static func deductionProblem(_ item: PointsItem, _ tenths: Int, rules: RuleSet) -> String? {
        let range = item == .complaint ? rules.points.complaintRange : rules.points.disputeRange
        if tenths > 0 { return "“\(item.title)”只能填写负数或 0，不能是 \(Points.format(tenths)) 分" }
        if tenths != 0 && !range.contains(tenths) {
            return "“\(item.title)”扣分须在 \(Points.format(range.lowerBound)) 至 \(Points.format(range.upperBound)) 分之间，"
                + "\(Points.format(tenths)) 分不在范围内"
        }
        return nil
    }
}

extension String {
    /// The text without spaces or newlines at either end.
    var trimmed: String { trimmedFast(.whitespacesAndNewlines) }
}
