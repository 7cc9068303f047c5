/// CSV as a spreadsheet in China opens it: a UTF-8 BOM, CRLF line ends, a field quoted only when it must be.
public enum CSVText {
    /// The whole document: the BOM, then each row's fields joined by commas, each line ended by CRLF.
    public static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field as written: quoted (with quotes doubled) when it holds a comma, a quote or a line break.
    /// Control characters other than tab and line breaks are written visibly (`ControlText.visible`).
    public static func field(_ raw: String) -> String {
        let text = ControlText.visible(raw, keepingLineBreaks: true)
        // Scalars, not characters: Swift keeps "\r\n" as one character, which a lone "\n" would not match.
        guard text.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
