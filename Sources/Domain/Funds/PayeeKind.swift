/// Whether a payee is an organisation (单位) or a private person (个人), as the person who first
/// used the payee on an expense said. Asked once per payee and never guessed from the name.
/// 附件一 四(一) asks only that the funds' use be made public (every quarter inside, every half year
/// in public, a yearly report); that the public edition shows a person only as "个人", leaving
/// personal data out, is the program's own reading (本程序的做法), not something the clause says.
public enum PayeeKind: String, Sendable, CaseIterable, Codable {
    case organisation = "unit"
    case person

    /// "单位" or "个人".
    public var title: String { self == .organisation ? "单位" : "个人" }

    /// Why a payee used for the first time needs its type: said on the form and by storage.
    public static func needed(_ payee: String) -> String {
        "收款方“\(FieldText.echo(payee))”第一次使用：请选择单位或个人（本程序的做法：居务公开时个人收款方只显示为“个人”，类型只问一次）"
    }

    /// "收款方“长寿路食府”已登记为单位".
    public static func recorded(_ payee: String, _ kind: PayeeKind) -> String {
        "收款方“\(FieldText.echo(payee))”已登记为\(kind.title)"
    }
}
