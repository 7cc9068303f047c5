/// Where a reception record stands, as the record, every list, the household page, the points
/// card and the export all say it: the 办理结果 as recorded, except that a 待回复 matter whose
/// reply is recorded is 已答复. Computed here only, so no screen can say otherwise.
public enum ReceptionStatus: Sendable, Equatable {
    /// The 办理结果 as recorded (a 待回复 one still waiting for its reply).
    case outcome(ReceptionOutcome)
    /// 已答复: a 待回复 matter whose reply is recorded, which closes it.
    case replied

    /// "已答复".
    public static let repliedTitle = "已答复"

    /// "当场办结", "转办", "预约", "待回复" or "已答复".
    public var title: String {
        switch self {
        case .outcome(let outcome): return outcome.title
        case .replied: return Self.repliedTitle
        }
    }

    /// The status written `text` (its Chinese title), with the outcome it was recorded with; nil for other text.
    public static func parse(_ text: String) -> (status: ReceptionStatus, outcome: ReceptionOutcome)? {
        if text == repliedTitle { return (.replied, .awaitingReply) }
        return ReceptionOutcome.allCases.first { $0.title == text }.map { (.outcome($0), $0) }
    }

    /// Every title a status may be written with, "、"-separated.
    public static var titles: String { (ReceptionOutcome.allCases.map(\.title) + [repliedTitle]).joined(separator: "、") }
}

extension ReceptionRecord {
    /// Where the record stands now (see `ReceptionStatus`).
    public var status: ReceptionStatus {
        content.outcome.waitsForReply && reply != nil ? .replied : .outcome(content.outcome)
    }
}
