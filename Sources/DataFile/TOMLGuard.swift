/// Finds the shapes of text that would crash the TOML parser underneath (toml++ 3, inside
/// TOMLKit), so a file holding one is refused with its line instead of aborting the program.
/// toml++ checks these shapes with assertions, which abort a debug build and are undefined
/// behaviour (`__builtin_assume`) in a release one. Every shape refused here is invalid TOML
/// anyway, so no valid file is refused. Both were found by `scripts/fuzz`:
///
/// - **Table headers.** toml++ asserts that a header's name starts with a bare-key character or a
///   quote, and aborts on `[主题]`, `[é]`, `[#`, `[[[a]]]`, `[[]]` or `[[=`
///   (marzer/tomlplusplus#301). A line outside any multi-line string or array whose first
///   character is `[` must go on (after `[` or `[[` and any spaces) with a key's first character
///   or a quote.
/// - **`}` where an array expects a value.** In `list = [}` or `[1, }` toml++ hands `}` to its
///   value parser, which asserts it is not a value terminator. A `}` whose innermost open bracket
///   is an array's `[` is refused.
enum TOMLGuard {
    /// Why a file is refused: which shape, in Chinese.
    enum Shape: Equatable {
        case header, closingBraceInArray

        var reason: String {
            switch self {
            case .header: "表头 [ ] 中的名称须以英文字母、数字、_ 或 - 开头（中文名称须加引号，如 [\"主题\"]）"
            case .closingBraceInArray: "数组 [ ] 中出现了 }：数组须以 ] 结束，行内表 { } 须成对"
            }
        }
    }

    /// The line (from 1) and shape of the first place toml++ cannot be trusted with, or nil.
    static func unsafeLine(_ text: String) -> (line: Int, shape: Shape)? {
        var scanner = Scanner()
        var number = 0
        // By scalars, not Characters: "\r\n" is one Character, and toml++ skips a leading BOM.
        let body = text.unicodeScalars.first == "\u{FEFF}" ? text.unicodeScalars.dropFirst() : text.unicodeScalars[...]
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let scalars = Array(line.drop { $0 == " " || $0 == "\t" })
            let header = scanner.inString == nil && scanner.open.isEmpty && scalars.first == "["
            if header, !startsWithKey(scalars) { return (number, .header) }
            if let shape = scanner.scan(scalars, header: header) { return (number, shape) }
        }
        return nil
    }

    /// Whether a header line goes on with a key's first character after `[` or `[[` and spaces.
    static func startsWithKey(_ scalars: [Unicode.Scalar]) -> Bool {
        let double = scalars.count > 1 && scalars[1] == "["
        guard let next = scalars.dropFirst(double ? 2 : 1).first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return isBareKeyCharacter(next) || next == "\"" || next == "'"
    }

    /// Follows brackets outside strings and comments across lines, and multi-line strings.
    struct Scanner {
        enum Bracket { case header, array, table }
        /// The brackets open at this point, innermost last.
        var open: [Bracket] = []
        /// The delimiter of the multi-line string the scan is in.
        var inString: String?

        /// Scans one line (without its leading blanks); the shape it finds unsafe, if any.
        mutating func scan(_ s: [Unicode.Scalar], header: Bool) -> Shape? {
            var i = 0
            while i < s.count {
                let three = i + 2 < s.count ? String(String.UnicodeScalarView(s[i...(i + 2)])) : ""
                if let delimiter = inString {
                    if three == delimiter { inString = nil; i += 3 } else { i += s[i] == "\\" ? 2 : 1 }
                    continue
                }
                switch s[i] {
                case "\"" where three == "\"\"\"", "'" where three == "'''": inString = three; i += 3; continue
                case "\"", "'":
                    let quote = s[i]
                    i += 1
                    while i < s.count, s[i] != quote { i += (quote == "\"" && s[i] == "\\") ? 2 : 1 }
                case "#": return nil
                case "[": open.append(header && open.allSatisfy { $0 == .header } ? .header : .array)
                case "{": open.append(.table)
                case "}" where open.last == .array: return .closingBraceInArray
                case "]", "}": _ = open.popLast()
                default: break
                }
                i += 1
            }
            if open.last == .header { open.removeAll { $0 == .header } }
            return nil
        }
    }

    static func isBareKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }
}
