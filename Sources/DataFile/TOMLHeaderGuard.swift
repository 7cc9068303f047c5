/// Finds the table headers that would crash the TOML parser underneath (toml++ 3, inside
/// TOMLKit), so a file holding one is refused with its line instead of aborting the program.
///
/// toml++ asserts that a table header's name starts with a bare-key character or a quote, and
/// aborts on `[主题]`, `[é]`, `[#`, `[[[a]]]`, `[[]]` or `[[=` (marzer/tomlplusplus#301, found
/// here by `scripts/fuzz`). A line outside any multi-line string or array whose first character
/// is `[` must go on (after `[` or `[[` and any spaces) with a key's first character or a quote.
/// Such lines are invalid TOML anyway, so no valid file is refused.
enum TOMLHeaderGuard {
    /// The line (from 1) of the first header that toml++ cannot be trusted with, or nil.
    static func unsafeHeaderLine(_ text: String) -> Int? {
        var number = 0, depth = 0
        var inString: String?  // the delimiter of the multi-line string the line is in
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let scalars = Array(line.unicodeScalars.drop { $0 == " " || $0 == "\t" })
            if inString == nil, depth == 0, scalars.first == "[", !startsWithKey(scalars) { return number }
            scan(scalars, depth: &depth, inString: &inString)
        }
        return nil
    }

    /// Whether a header line goes on with a key's first character after `[` or `[[` and spaces.
    static func startsWithKey(_ scalars: [Unicode.Scalar]) -> Bool {
        let double = scalars.count > 1 && scalars[1] == "["
        guard let next = scalars.dropFirst(double ? 2 : 1).first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return isBareKeyCharacter(next) || next == "\"" || next == "'"
    }

    /// Follows brackets outside strings and comments across a line, and multi-line strings.
    static func scan(_ s: [Unicode.Scalar], depth: inout Int, inString: inout String?) {
        var i = 0
        while i < s.count {
            let three = i + 2 < s.count ? String(String.UnicodeScalarView(s[i...(i + 2)])) : ""
            if let open = inString {
                if three == open { inString = nil; i += 3 } else { i += s[i] == "\\" ? 2 : 1 }
                continue
            }
            switch s[i] {
            case "\"" where three == "\"\"\"", "'" where three == "'''": inString = three; i += 3; continue
            case "\"", "'":
                let quote = s[i]
                i += 1
                while i < s.count, s[i] != quote { i += (quote == "\"" && s[i] == "\\") ? 2 : 1 }
            case "#": return
            case "[", "{": depth += 1
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
            i += 1
        }
    }

    static func isBareKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    static let reason = "表头 [ ] 中的名称须以英文字母、数字、_ 或 - 开头（中文名称须加引号，如 [\"主题\"]）"
}
