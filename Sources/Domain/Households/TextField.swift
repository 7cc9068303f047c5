/// The free-text parts of a visit or household (走访事由, 困难或诉求, 备注, …): trimmed and kept
/// to a length a paper form's box would hold (本程序取值), without control characters (`FieldText`).
public enum TextField {
    public static let maxLength = FieldText.noteLength

    /// The trimmed text, or a Chinese reason naming the field.
    public static func validate(_ text: String, label: String, required: Bool, maxLength: Int = maxLength)
        -> Result<String, InputError> {
        let value = text.trimmedFast(.whitespacesAndNewlines)
        if required && value.isEmpty { return .failure(InputError("\(label)不能为空")) }
        if value.contains(where: \.isNewline) { return .failure(InputError("\(label)中不能换行")) }
        if let error = FieldText.problem(value, label: label, maxLength: maxLength) { return .failure(error) }
        return .success(value)
    }
}
