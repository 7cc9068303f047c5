import Foundation

/// The 线上反馈 item of the points card (附件三): each platform question answered in full and
/// with the resident satisfied earns the rule set's points (0.5) for whoever answered it.
public enum OnlineReplyPoints {
    /// The card's own sentence, shown wherever the points are.
    public static let standard = "积极在线回应反馈社区居民在“社区治理云平台”（含移动终端）上的问询事项，每完整解答1次并得到群众满意回复，得0.5分"

    /// The verdict on one reply: its points, or what it still lacks.
    public static func evaluate(_ reply: OnlineReply, rules: RuleSet) -> Verdict {
        let each = rules.points.perUnit[.onlineReply] ?? 0
        let c = reply.content
        guard c.isFullyAnswered else {
            return Verdict(.onlineReply, in: rules, .needs, "尚未完整答复，暂不计分：完整解答并得到群众满意回复，方得 \(Points.format(each)) 分",
                           numbers: [.tenths("points", 0)])
        }
        switch c.satisfied {
        case true?:
            return Verdict(.onlineReply, in: rules, .ok, "已完整解答，居民满意：计 \(Points.format(each)) 分（答复人 \(reply.answererName)）",
                           numbers: [.tenths("points", each)])
        case false?:
            return Verdict(.onlineReply, in: rules, .warning, "居民不满意，不计分：须得到群众满意回复，方得 \(Points.format(each)) 分",
                           numbers: [.tenths("points", 0)])
        case nil:
            return Verdict(.onlineReply, in: rules, .needs, "居民尚未评价，暂不计分：得到群众满意回复后计 \(Points.format(each)) 分",
                           numbers: [.tenths("points", 0)])
        }
    }

    /// The replies that earn points for `worker` in `month` (by the day the answer was given): the count the points card reads.
    public static func count(of worker: Int64, in month: Month, replies: [OnlineReply]) -> Int {
        count(of: worker, in: month, facts: replies.map(\.content.pointsFact))
    }

    /// The same count from only what it reads of each reply (a month's card need not read whole replies).
    public static func count(of worker: Int64, in month: Month, facts: [Fact]) -> Int {
        facts.filter { r in
            r.answererID == worker && r.isFullyAnswered && r.satisfied == true
                && r.answeredAt.map { month.contains(ShanghaiCalendar.day(of: $0)) } == true
        }.count
    }

    /// What the item reads of one reply (its answer in force): who answered, whether in full, when,
    /// and whether the resident was satisfied.
    public struct Fact: Sendable, Equatable {
        public var answererID: Int64?
        public var isFullyAnswered: Bool
        public var answeredAt: Date?
        public var satisfied: Bool?

        public init(answererID: Int64?, isFullyAnswered: Bool, answeredAt: Date?, satisfied: Bool?) {
            self.answererID = answererID
            self.isFullyAnswered = isFullyAnswered
            self.answeredAt = answeredAt
            self.satisfied = satisfied
        }
    }

    /// "本月满意答复 4 次 × 0.5 = 2.0 分（附件三 线上反馈）" for `worker`.
    public static func monthly(of worker: Int64, in month: Month, replies: [OnlineReply], rules: RuleSet) -> Verdict {
        let each = rules.points.perUnit[.onlineReply] ?? 0
        let n = count(of: worker, in: month, replies: replies)
        return Verdict(.onlineReply, in: rules, .ok, "本月完整解答且群众满意 \(n) 次 × \(Points.format(each)) = \(Points.format(n * each)) 分",
                       numbers: [.count("satisfied", n), .tenths("points", n * each)])
    }
}

extension OnlineReplyDraft {
    /// What the 线上反馈 item reads of this reply.
    public var pointsFact: OnlineReplyPoints.Fact {
        OnlineReplyPoints.Fact(answererID: answererID, isFullyAnswered: isFullyAnswered, answeredAt: answeredAt, satisfied: satisfied)
    }
}
