import Foundation

/// How a visit record corrects an earlier one. A saved 走访记录 is never edited in place (积分卡
/// 规则说明 4: 一经填写不得涂改): a mistake is put right by a new record that names the one it
/// replaces, why, who corrected it and when. Lists and the quota see only the latest version;
/// the earlier ones stay, unchanged, for anyone who asks how the record came to read as it does.
public struct VisitCorrection: Sendable, Equatable {
    /// The id of the record this one replaces.
    public var corrects: Int64
    /// 更正理由.
    public var reason: String
    /// Who made the correction (the visitor, or the secretary).
    public var byID: Int64
    public var byName: String
    /// When the correction was recorded.
    public var at: Date

    public init(corrects: Int64, reason: String, byID: Int64, byName: String, at: Date) {
        self.corrects = corrects
        self.reason = reason
        self.byID = byID
        self.byName = byName
        self.at = at
    }

    /// The reason trimmed, or a Chinese refusal when it is empty or too long.
    public static func validateReason(_ text: String) -> Result<String, InputError> {
        TextField.validate(text, label: "更正理由", required: true, maxLength: 100)
    }
}
