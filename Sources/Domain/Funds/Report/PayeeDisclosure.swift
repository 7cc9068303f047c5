/// How a payee appears in a public report (附件一 四(一), personal data left out): by the type
/// recorded when the payee was first used (`PayeeKind`), never guessed from the name. An
/// organisation is shown as written, a private person as "个人", and a payee recorded before the
/// type was asked as "未登记" (its name hidden: it may be a person).
public enum PayeeDisclosure {
    /// What a public report shows for private persons.
    public static let privatePerson = "个人"
    /// What a public report shows for a payee whose type was never recorded.
    public static let unrecorded = "未登记"

    /// The payee as shown: unchanged inside; in public its name for an organisation, "个人" for a
    /// person, "未登记" when its type is not known.
    public static func shown(_ payee: String, kind: PayeeKind?, inPublic: Bool) -> String {
        guard inPublic else { return payee }
        switch kind {
        case .organisation?: return payee
        case .person?: return privatePerson
        case nil: return unrecorded
        }
    }
}
