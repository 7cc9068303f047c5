/// Control characters, for the rule that refuses them on the way in (`Domain.FieldText`) and the
/// one function that makes them visible on the way out: a text from the database or from a file
/// never reaches a terminal, an export or a report with an ESC, a NUL or a C1 control raw.
public enum ControlText {
    /// Whether `scalar` is a control character this program refuses or shows escaped: C0 and DEL,
    /// C1, the invisible direction marks, embeddings, overrides and isolates, and the Unicode line
    /// and paragraph separators (tab and newline included; callers that allow them say so).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether `scalar` is a tab or a line feed (a carriage return, which can hide what a line
    /// said, is not: it is shown escaped).
    public static func isLineBreakOrTab(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\t"
    }

    /// `text` with every control character written as `\u{1B}`; when `keepingLineBreaks`, tab,
    /// LF and a CR that ends a line (CRLF, as a CSV export writes) are kept. Every stored or
    /// file-given text printed to stdout or stderr, or written into an export, goes through this
    /// one function.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            let lineEnd = scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
            if isControl(scalar) && !(keepingLineBreaks && (isLineBreakOrTab(scalar) || lineEnd)) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
