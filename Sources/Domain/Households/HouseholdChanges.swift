/// The fields in which two versions of a household differ, for the audit log and the message
/// after an edit. A household is the registry's present-day facts about a room (who lives there,
/// how to reach them), so an edit updates it; what it read before is kept in the audit log.
/// The phone appears masked, as on screen, so that the permanent log never holds a whole number.
public enum HouseholdChanges {
    /// The changed fields of `old` in `new`, in the page's order; the room is the household's identity and is not compared.
    public static func between(_ old: Household, _ new: Household) -> [FieldChange] {
        let fields: [(String, (Household) -> String)] = [
            ("户主姓名", \.head), ("联系电话", { Phone.masked($0.phone) }), ("家庭成员情况", \.members),
            ("标签", { HouseholdTags.describe($0.tags) }), ("片区", { $0.zone ?? "" }),
        ]
        return fields.compactMap { label, read in
            guard label == "联系电话" ? !Phone.same(old.phone, new.phone) : read(old) != read(new) else { return nil }
            return FieldChange(label: label, old: read(old), new: read(new))
        }
    }

    /// "户主姓名、标签": the labels of `changes`.
    public static func labels(_ changes: [FieldChange]) -> String { changes.map(\.label).joined(separator: "、") }
}
