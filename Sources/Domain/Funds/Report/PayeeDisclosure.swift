/// How a payee appears in the public edition of the disclosure report (对外公开, 附件一 四(一)): by the
/// type recorded when the payee was first used (`PayeeKind`), never guessed from the name. An
/// organisation is shown as written, a private person as "个人", and a payee recorded before the
/// type was asked as "未登记" (its name hidden: it may be a person). The clause asks for the funds'
/// use to be made public; hiding private persons' names is the program's own reading (本程序的做法).
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
