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

/// One field that differs between two versions of a record: its label, the old and the new text.
public struct FieldChange: Sendable, Equatable {
    public var label: String
    public var old: String
    public var new: String

    public init(label: String, old: String, new: String) {
        self.label = label
        self.old = old
        self.new = new
    }

    /// "走访事由：“日常走访” → “送慰问”".
    public var sentence: String { "\(label)：“\(old)” → “\(new)”" }
}

/// The fields of the paper form in which two versions of a visit differ.
public enum VisitChanges {
    /// The paper form's fields of `old` that read differently in `new`, in the form's order.
    public static func between(_ old: VisitRecord, _ new: VisitRecord) -> [FieldChange] {
        let fields: [(String, (VisitRecord) -> String)] = [
            ("走访时间", { VisitTime.format($0.at) }), ("走访居民姓名", \.residentName), ("楼室号", \.room),
            ("家庭成员情况", \.members), ("走访事由", \.reason), ("困难或诉求", \.difficulty), ("备注", \.remark),
            ("走访类型", \.kind.title),
        ]
        return fields.compactMap { label, read in
            read(old) == read(new) ? nil : FieldChange(label: label, old: read(old), new: read(new))
        }
    }

    /// The fields of `draft` that read differently from `record`, as a correction would change them.
    public static func between(_ record: VisitRecord, _ draft: VisitDraft) -> [FieldChange] {
        var new = record
        new.at = draft.at
        new.residentName = draft.residentName
        new.room = draft.room
        new.members = draft.members
        new.reason = draft.reason
        new.difficulty = draft.difficulty
        new.remark = draft.remark
        new.kind = draft.kind
        return between(record, new)
    }
}
