import DataFile

/// The rule every text obeys on its way in — typed on a form, read from an import file, given on
/// the command line — and the one way a stored or file-given text is printed.
///
/// Refused: control characters (C0 and DEL; C1; the invisible direction marks, embeddings,
/// overrides and isolates; the Unicode line and paragraph separators), which show nothing, or
/// move the cursor, or make one name look like another on the login list; and a NUL, which the
/// database would cut the text short at. Tab and newline only where a field allows them. Each
/// kind of field has a longest length; these lengths are 本程序取值 (local settings, not
/// clauses of the standard): what a box on the paper form holds.
public enum FieldText {
    // MARK: - Lengths (本程序取值)

    /// A short word or reference: a category, a channel, a payee, a zone, a meeting record.
    public static let shortLength = 50
    /// A sentence or a few: a project, a reason, the evidence of a points line (= `TextField.maxLength`).
    public static let noteLength = 200
    /// The longest field any import file may hold, before any field's own rule looks at it, so that
    /// a megabyte in a cell is refused at once and never echoed in a message.
    public static let importFieldLength = 500
    /// How much of a refused text a message repeats before cutting it off with "…".
    public static let echoLength = 30

    // MARK: - Checking

    /// Whether `scalar` is a control character this program refuses (`ControlText.isControl`;
    /// tab and newline included, a field that allows them says so to `firstControl`).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool { ControlText.isControl(scalar) }

    /// The first control character of `text` that is not allowed, with its position counted in
    /// characters from 1, or nil.
    public static func firstControl(in text: String, allowingLineBreaks: Bool = false) -> (position: Int, scalar: Unicode.Scalar)? {
        for (offset, character) in text.enumerated() {
            for scalar in character.unicodeScalars where isControl(scalar) {
                if allowingLineBreaks && ControlText.isLineBreakOrTab(scalar) { continue }
                return (offset + 1, scalar)
            }
        }
        return nil
    }

    /// Why `text` cannot be a `label` field at most `maxLength` characters long, or nil when it can.
    public static func problem(_ text: String, label: String, maxLength: Int, allowingLineBreaks: Bool = false) -> InputError? {
        if let bad = firstControl(in: text, allowingLineBreaks: allowingLineBreaks) {
            return InputError(FieldText.refusedControl(label: label, position: bad.position, scalar: bad.scalar))
        }
        if text.count > maxLength { return InputError(FieldText.refusedLength(label: label, limit: maxLength, count: text.count)) }
        return nil
    }

    /// The text trimmed of spaces at either end, when it passes `problem`; empty allowed unless `required`.
    public static func validate(_ text: String, label: String, maxLength: Int, required: Bool = false) -> Result<String, InputError> {
        if let error = problem(text, label: label, maxLength: maxLength) { return .failure(error) }
        let value = text.trimmedFast(.whitespaces)
        if required && value.isEmpty { return .failure(InputError("\(label)不能为空")) }
        return .success(value)
    }

    // MARK: - Printing

    /// `text` with every control character written as `\u{1B}` (`ControlText.visible`, the one
    /// function every output of stored or file-given text goes through).
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        ControlText.visible(text, keepingLineBreaks: keepingLineBreaks)
    }

    /// `text` as a message repeats it: visible, and cut after `echoLength` characters.
    public static func echo(_ text: String) -> String {
        let shown = visible(String(text.prefix(echoLength)))
        return text.count > echoLength ? shown + "…（共 \(text.count) 字）" : shown
    }
}

/// The Chinese sentences of `FieldText`'s refusals, kept with the rule they give.
extension FieldText {
    static func refusedControl(label: String, position: Int, scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
            + String(scalar.value, radix: 16, uppercase: true)
        return "\(label)第 \(position) 个字符是不可见的控制字符 \(code)（常来自复制粘贴），请删去后重填"
    }

    static func refusedLength(label: String, limit: Int, count: Int) -> String {
        "\(label)不能超过 \(limit) 个字（本程序取值），现有 \(count) 个字"
    }
}
