/// The type of a visit that the paper form's note asks for (居民区走访记录 注 1): 一般走访,
/// 特殊对象走访 or 条线走访 (a visit for a line of business).
public enum VisitKind: String, CaseIterable, Sendable, Codable {
    case general = "一般走访"
    case special = "特殊对象走访"
    case line = "条线走访"

    /// The Chinese name shown on screen and written in files.
    public var title: String { rawValue }

    /// The kind written `text` in a file or form, or a Chinese reason.
    public static func parse(_ text: String) -> Result<VisitKind, InputError> {
        let word = text.trimmedFast(.whitespaces)
        if word.isEmpty { return .success(.general) }
        guard let kind = VisitKind(rawValue: word) else {
            let all = allCases.map(\.title).joined(separator: "、")
            return .failure(InputError("走访类型“\(FieldText.echo(word))”不认识：应为 \(all) 之一"))
        }
        return .success(kind)
    }
}
