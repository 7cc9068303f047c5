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
