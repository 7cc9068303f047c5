/// How a consultation at the desk ended (办理结果), as the 首问接待记录册 writes it.
public enum ReceptionOutcome: String, Sendable, CaseIterable, Codable {
    /// 当场办结: answered or done while the resident was there.
    case done
    /// 转办: handed to a department (named on the record).
    case referred
    /// 预约: an appointment was made.
    case appointment
    /// 待回复: the committee owes the resident an answer by the reply due date.
    case awaitingReply

    /// "当场办结", "转办", "预约", "待回复".
    public var title: String {
        switch self {
        case .done: return "当场办结"
        case .referred: return "转办"
        case .appointment: return "预约"
        case .awaitingReply: return "待回复"
        }
    }

    /// Whether the record waits on the follow-up list until a reply is recorded.
    public var waitsForReply: Bool { self == .awaitingReply }

    /// The outcome written `text` (its Chinese title), or a Chinese reason.
    public static func parse(_ text: String) -> Result<ReceptionOutcome, InputError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let found = allCases.first(where: { $0.title == trimmed }) { return .success(found) }
        let titles = allCases.map(\.title).joined(separator: "、")
        return .failure(InputError("办理结果“\(text)”无效：应为 \(titles) 之一"))
    }
}

/// The resident's satisfaction with a reply (满意 / 基本满意 / 不满意).
public enum Satisfaction: String, Sendable, CaseIterable, Codable {
    case satisfied, fairlySatisfied, unsatisfied

    /// "满意", "基本满意", "不满意".
    public var title: String {
        switch self {
        case .satisfied: return "满意"
        case .fairlySatisfied: return "基本满意"
        case .unsatisfied: return "不满意"
        }
    }

    /// The satisfaction written `text`; 是/否 are read as 满意/不满意 (an import's 是否满意 column).
    public static func parse(_ text: String) -> Result<Satisfaction, InputError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let found = allCases.first(where: { $0.title == trimmed }) { return .success(found) }
        if trimmed == "是" { return .success(.satisfied) }
        if trimmed == "否" { return .success(.unsatisfied) }
        return .failure(InputError("满意度“\(text)”无效：应为 满意、基本满意、不满意（或 是、否）"))
    }
}
