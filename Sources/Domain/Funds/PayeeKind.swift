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

/// A correction of a payee's 单位/个人: a new record that points at the first answer (who, when,
/// why), never an edit of it; the disclosure then uses the latest (本程序的做法：收款方类型只增不改).
public struct PayeeCorrection: Sendable, Equatable {
    public var payee: String
    public var kind: PayeeKind
    public var reason: String

    public init(payee: String, kind: PayeeKind, reason: String) {
        self.payee = payee
        self.kind = kind
        self.reason = reason
    }

    /// The longest reason (本程序取值).
    public static let reasonMaxLength = 60

    /// Nil when this correction may be written over `current` (the kind recorded now, nil for a payee
    /// never asked, such as an imported one), else why not: the one check the form and storage ask.
    public func problem(current: PayeeKind?) -> String? {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { return FundsText.correctionReasonMissing }
        if reason.count > Self.reasonMaxLength || reason.contains(where: \.isNewline) {
            return FundsText.correctionReasonTooLong(Self.reasonMaxLength)
        }
        if current == kind { return PayeeKind.recorded(payee, kind) + "，无需更正" }
        return nil
    }

    /// "收款方“长寿路食府”由个人更正为单位" (or "登记为单位" for a payee never asked).
    public func summary(from current: PayeeKind?) -> String {
        "收款方“\(FieldText.echo(payee))”" + (current.map { "由\($0.title)更正为\(kind.title)" } ?? "登记为\(kind.title)")
    }
}
