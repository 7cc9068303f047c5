/// Breaks text into lines that fit a number of display columns, for paragraphs of Chinese (which
/// has no spaces to break at: a line may end after any character, never inside a wide one).
///
/// Two rules of Chinese typesetting (禁则) and one of money hold wherever the width allows:
/// a line never starts with closing punctuation ("，。）" …), never ends with opening punctuation
/// ("（“《" …), and a run of Latin letters and digits ("¥10,612.62", "500.00", "YYYY-MM-DD") is
/// never split. Only a run wider than the whole line is broken, by characters.
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

    /// Characters that may not begin a line: they close what came before.
    static let closing: Set<Character> = Set("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}")
    /// Characters that may not end a line: they open what follows.
    static let opening: Set<Character> = Set("（《「『【〔〈“‘([{¥￥")

    private static func wrap(_ paragraph: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var used = DisplayWidth.of(first)
        func breakLine() {
            lines.append(line)
            line = rest
            used = DisplayWidth.of(rest)
        }
        for unit in units(of: paragraph) {
            let w = DisplayWidth.of(unit)
            let lineIsEmpty = used <= DisplayWidth.of(lines.isEmpty ? first : rest)
            if used + w > width, !lineIsEmpty {
                breakLine()
                if unit == " " { continue }
            }
            if used + w > width {
                // Wider than a whole line: only now is a unit broken, character by character.
                for character in unit {
                    let cw = DisplayWidth.of(character)
                    if used + cw > width, used > DisplayWidth.of(lines.isEmpty ? first : rest) { breakLine() }
                    line.append(character)
                    used += cw
                }
                continue
            }
            line += unit
            used += w
        }
        lines.append(line)
        return lines
    }

    /// The pieces a line may break between: one wide character, one space, or one run of other
    /// narrow characters; closing punctuation joins the piece before it (across a space), opening
    /// punctuation the piece after it.
    static func units(of paragraph: String) -> [String] {
        var pieces: [String] = []
        for character in paragraph {
            let joinsRun = isRunCharacter(character) && !opening.contains(character)
            if closing.contains(character), let i = pieces.lastIndex(where: { $0 != " " }), i < pieces.count - 1 {
                // "户 · 预计": spaces do not let closing punctuation start a line; the piece before
                // them, the spaces and the mark stay together.
                pieces[i] += pieces[(i + 1)...].joined() + String(character)
                pieces.removeSubrange((i + 1)...)
            } else if let last = pieces.last, let end = last.last,
               (closing.contains(character) && end != " ")
                || opening.contains(end)
                || (joinsRun && isRunCharacter(end)) {
                pieces[pieces.count - 1].append(character)
            } else {
                pieces.append(String(character))
            }
        }
        return pieces
    }

    /// Narrow, printable and not a space: letters, digits and the signs inside numbers and codes.
    private static func isRunCharacter(_ character: Character) -> Bool {
        character != " " && DisplayWidth.of(character) == 1
    }
}
