/// The 首问接待 item of the points card (附件三): each consultation completed (接待完成) and
/// confirmed by the resident's signature in the log earns the rule set's points (0.2). A record
/// still open — 待回复 with no reply yet, 转办 or 预约, handed on or put off — has not completed
/// the consultation and earns none, signed or not.
public enum ReceptionPoints {
    /// The card's own sentence, shown wherever the points are.
    public static let standard = "每接待完成1次咨询办事，并由来询居民在记录册上签字确认，得0.2分"

    /// What counts, in a sentence for the screens that explain the count.
    public static let counted = "只计办结（当场办结或待回复已答复）并经居民签字的记录，转办、预约不计"

    /// The verdict on one record: its points if completed and signed, otherwise why it earns none yet.
    public static func evaluate(_ record: ReceptionRecord, rules: RuleSet) -> Verdict {
        let each = rules.points.perUnit[.reception] ?? 0
        let none: [Figure] = [.tenths("points", 0)]
        guard record.isCompleted else {
            return Verdict(.reception, in: rules, .needs,
                           "本次咨询\(record.status.title)，尚未接待完成，不计分：每接待完成 1 次咨询办事方得 \(Points.format(each)) 分",
                           numbers: none)
        }
        if record.isSigned {
            return Verdict(.reception, in: rules, .ok, "已办结，居民已签字确认：本次接待计 \(Points.format(each)) 分",
                           numbers: [.tenths("points", each)])
        }
        return Verdict(.reception, in: rules, .needs,
                       "居民尚未签字，暂不计分：须由来询居民在记录册上签字确认，方得 \(Points.format(each)) 分", numbers: none)
    }

    /// The completed, signed records of `worker` in `month`: the count the points card reads.
    public static func count(of worker: Int64, in month: Month, records: [ReceptionRecord]) -> Int {
        count(of: worker, in: month, facts: records.map(\.pointsFact))
    }

    /// The same count from only what it reads of each record (a month's card need not read whole records).
    public static func count(of worker: Int64, in month: Month, facts: [Fact]) -> Int {
        facts.filter { $0.workerID == worker && $0.counts && month.contains($0.date) }.count
    }

    /// What the item reads of one record: whose it is, whether the consultation is completed and
    /// the resident signed it, and the day of its content in force (an amendment may move it to another month).
    public struct Fact: Sendable, Equatable {
        public var workerID: Int64
        public var isSigned: Bool
        public var isCompleted: Bool
        public var date: LocalDate

        public init(workerID: Int64, isSigned: Bool, isCompleted: Bool, date: LocalDate) {
            self.workerID = workerID
            self.isSigned = isSigned
            self.isCompleted = isCompleted
            self.date = date
        }

        /// Whether the record earns the item's points.
        public var counts: Bool { isSigned && isCompleted }
    }

    /// "本月办结并签字确认 12 次 × 0.2 = 2.4 分；未办结 2 次、未签字 1 次不计分（附件三 首问接待）".
    public static func monthly(of worker: Int64, in month: Month, records: [ReceptionRecord], rules: RuleSet) -> Verdict {
        let each = rules.points.perUnit[.reception] ?? 0
        let mine = records.filter { $0.workerID == worker && month.contains($0.content.date) }.map(\.pointsFact)
        let counted = mine.filter(\.counts).count
        let open = mine.filter { !$0.isCompleted }.count
        let unsigned = mine.filter { $0.isCompleted && !$0.isSigned }.count
        let parts = [open > 0 ? "未办结 \(open) 次" : nil, unsigned > 0 ? "未签字 \(unsigned) 次" : nil].compactMap { $0 }
        let tail = parts.isEmpty ? "" : "；" + parts.joined(separator: "、") + "不计分"
        return Verdict(.reception, in: rules, parts.isEmpty ? .ok : .needs,
                       "本月办结并签字确认 \(counted) 次 × \(Points.format(each)) = \(Points.format(counted * each)) 分\(tail)",
                       numbers: [.count("signed", counted), .count("open", open), .count("unsigned", unsigned),
                                 .tenths("points", counted * each)])
    }
}

extension ReceptionOutcome {
    /// Whether a consultation that ended so is completed (接待完成): 当场办结 is; 待回复 is once
    /// `replied`; 转办 and 预约 hand the matter on or put it off, so they are not.
    public func isCompleted(replied: Bool) -> Bool {
        self == .done || (waitsForReply && replied)
    }
}

extension ReceptionRecord {
    /// Whether the consultation is completed: done on the spot, or a 待回复 matter answered.
    public var isCompleted: Bool { content.outcome.isCompleted(replied: reply != nil) }

    /// What the 首问接待 item reads of this record.
    public var pointsFact: ReceptionPoints.Fact {
        ReceptionPoints.Fact(workerID: workerID, isSigned: isSigned, isCompleted: isCompleted, date: content.date)
    }
}
