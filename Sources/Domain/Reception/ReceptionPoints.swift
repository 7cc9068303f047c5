/// The 首问接待 item of the points card (附件三): each consultation completed and confirmed by
/// the resident's signature in the log earns the rule set's points (0.2); an unsigned one earns none.
public enum ReceptionPoints {
    /// The card's own sentence, shown wherever the points are.
    public static let standard = "每接待完成1次咨询办事，并由来询居民在记录册上签字确认，得0.2分"

    /// The verdict on one record: its points if signed, otherwise why it earns none yet.
    public static func evaluate(_ record: ReceptionRecord, rules: RuleSet) -> Verdict {
        let each = rules.points.perUnit[.reception] ?? 0
        if record.isSigned {
            return Verdict(.reception, in: rules, .ok, "居民已签字确认：本次接待计 \(Points.format(each)) 分",
                           numbers: [.tenths("points", each)])
        }
        return Verdict(.reception, in: rules, .needs,
                       "居民尚未签字，暂不计分：须由来询居民在记录册上签字确认，方得 \(Points.format(each)) 分",
                       numbers: [.tenths("points", 0)])
    }

    /// The signed records of `worker` in `month`: the count the points card reads.
    public static func count(of worker: Int64, in month: Month, records: [ReceptionRecord]) -> Int {
        count(of: worker, in: month, facts: records.map(\.pointsFact))
    }

    /// The same count from only what it reads of each record (a month's card need not read whole records).
    public static func count(of worker: Int64, in month: Month, facts: [Fact]) -> Int {
        facts.filter { $0.workerID == worker && $0.isSigned && month.contains($0.date) }.count
    }

    /// What the item reads of one record: whose it is, whether the resident signed it, and the day
    /// of its content in force (an amendment may move it to another month).
    public struct Fact: Sendable, Equatable {
        public var workerID: Int64
        public var isSigned: Bool
        public var date: LocalDate

        public init(workerID: Int64, isSigned: Bool, date: LocalDate) {
            self.workerID = workerID
            self.isSigned = isSigned
            self.date = date
        }
    }

    /// "本月已签字确认 12 次 × 0.2 = 2.4 分；未签字 3 次不计分（附件三 首问接待）".
    public static func monthly(of worker: Int64, in month: Month, records: [ReceptionRecord], rules: RuleSet) -> Verdict {
        let each = rules.points.perUnit[.reception] ?? 0
        let mine = records.filter { $0.workerID == worker && month.contains($0.content.date) }
        let signed = mine.filter(\.isSigned).count
        let unsigned = mine.count - signed
        let tail = unsigned > 0 ? "；未签字 \(unsigned) 次不计分" : ""
        return Verdict(.reception, in: rules, unsigned > 0 ? .needs : .ok,
                       "本月已签字确认 \(signed) 次 × \(Points.format(each)) = \(Points.format(signed * each)) 分\(tail)",
                       numbers: [.count("signed", signed), .count("unsigned", unsigned), .tenths("points", signed * each)])
    }
}

extension ReceptionRecord {
    /// What the 首问接待 item reads of this record.
    public var pointsFact: ReceptionPoints.Fact { ReceptionPoints.Fact(workerID: workerID, isSigned: isSigned, date: content.date) }
}
