/// Finds the table headers that would crash the TOML parser underneath (toml++ 3, inside
/// TOMLKit), so a file holding one is refused with its line instead of aborting the program.
///
/// toml++ asserts that a table header's name starts with a bare-key character or a quote, and
/// aborts on `[主题]`, `[é]`, `[[[a]]]`, `[[]]` or `[[=` (marzer/tomlplusplus#301, found here by
/// `scripts/fuzz`). A line is suspect when, after its indentation, `[` is followed (after any
/// spaces) by a character outside ASCII, or `[[` by anything but a key's first character.
/// Both are invalid TOML wherever they stand, so no valid file is refused.
enum TOMLHeaderGuard {
    /// The line (from 1) of the first header that toml++ cannot be trusted with, or nil.
    static func unsafeHeaderLine(_ text: String) -> Int? {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let scalars = Array(line.unicodeScalars.drop { $0 == " " || $0 == "\t" })
            guard scalars.first == "[" else { continue }
            let double = scalars.count > 1 && scalars[1] == "["
            let rest = scalars.dropFirst(double ? 2 : 1).drop { $0 == " " || $0 == "\t" }
            guard let next = rest.first else { if double { return number } else { continue } }
            if !next.isASCII { return number }
            if double && !(isBareKeyCharacter(next) || next == "\"" || next == "'") { return number }
        }
        return nil
    }

    static func isBareKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    static let reason = "表头 [ ] 中的名称须以英文字母、数字、_ 或 - 开头（中文名称须加引号，如 [\"主题\"]）"
}
