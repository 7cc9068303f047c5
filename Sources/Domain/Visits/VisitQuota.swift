/// The monthly visit quota (附件二 四(二), 附件三 社区走访): the distinct households a worker
/// visited in a month, and the points they earn: 30 → 10, −0.5 for each household short, +0.3
/// for each over, never below the rule set's floor when it has one (0 as shipped; "无" lets the
/// deduction run below 0, as "每少1户扣0.5分" reads literally).
public enum VisitQuota {
    // MARK: - Counting

    /// The distinct households `worker` visited in `month` (a household visited twice counts once;
    /// a visit belongs to the worker who made it).
    public static func households(of worker: Int64, in month: Month, visits: [Visit]) -> Int {
        Set(visits.lazy.filter { $0.workerID == worker && month.contains($0.date) }.map(\.householdID)).count
    }

    // MARK: - Scoring

    /// The visit item's points, in tenths, for `households` distinct households.
    public static func score(households: Int, rules: RuleSet) -> Int {
        let v = rules.visits
        let difference = households - v.quota
        let raw = difference >= 0 ? v.pointsAtQuota + difference * v.overBonus : v.pointsAtQuota + difference * v.shortPenalty
        return v.floor.map { max($0, raw) } ?? raw
    }

    /// The verdict on a month's visits: ok at or above the quota, a warning below it.
    public static func evaluate(households: Int, rules: RuleSet) -> Verdict {
        let score = score(households: households, rules: rules)
        return Verdict(.visitQuota, in: rules, households >= rules.visits.quota ? .ok : .warning,
                       explanation(households: households, rules: rules),
                       numbers: [.count("households", households), .count("quota", rules.visits.quota), .tenths("points", score)])
    }

    /// "走访 29 户，比任务 30 户少 1 户，每户扣 0.5 分：10.0 − 0.5 = 9.5 分".
    public static func explanation(households: Int, rules: RuleSet) -> String {
        let v = rules.visits
        let base = Points.format(v.pointsAtQuota)
        let score = Points.format(score(households: households, rules: rules))
        let difference = households - v.quota
        if difference == 0 { return "走访 \(households) 户，完成每月 \(v.quota) 户任务：得 \(score) 分" }
        if difference > 0 {
            return "走访 \(households) 户，超出任务 \(v.quota) 户 \(difference) 户，每户加 \(Points.format(v.overBonus)) 分："
                + "\(base) + \(Points.format(difference * v.overBonus)) = \(score) 分"
        }
        let raw = v.pointsAtQuota + difference * v.shortPenalty
        let sum = "\(base) − \(Points.format(-difference * v.shortPenalty)) = \(Points.format(raw)) 分"
        let floor = v.floor.flatMap { raw < $0 ? "，本项最低 \(Points.format($0)) 分（\(RuleSet.localValue)），得 \(score) 分" : nil } ?? ""
        return "走访 \(households) 户，比任务 \(v.quota) 户少 \(-difference) 户，每户扣 \(Points.format(v.shortPenalty)) 分：\(sum)\(floor)"
    }
}
