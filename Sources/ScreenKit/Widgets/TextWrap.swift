/// Breaks text into lines that fit a number of display columns, for paragraphs of Chinese (which
/// has no spaces to break at: a line may end after any character, never inside a wide one).
public enum TextWrap {
    /// The lines of `text` in `width` columns: the first starts with `first`, the others with
    /// `rest` (a hanging indent such as "1. " then "   "); a line break in `text` starts a new line.
    public static func lines(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var out: [String] = []
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            out += wrap(String(paragraph), width: width, first: index == 0 ? first : rest, rest: rest)
        }
        return out
    }

    private static func wrap(_ paragraph: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var used = DisplayWidth.of(first)
        for character in paragraph {
            let w = DisplayWidth.of(character)
            if used + w > width, used > DisplayWidth.of(lines.isEmpty ? first : rest) {
                lines.append(line)
                line = rest
                used = DisplayWidth.of(rest)
                if character == " " { continue }
            }
            line.append(character)
            used += w
        }
        lines.append(line)
        return lines
    }
}
