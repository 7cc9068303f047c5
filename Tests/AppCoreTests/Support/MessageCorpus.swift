import Foundation

/// Every sentence the program can show, gathered by reading the sources: each string literal with
/// Chinese in it in Domain, Storage, AppCore or AppRuntime (SQL aside), literals joined by `+` read
/// as one, each interpolation filled with a long worst-case sample. Each is named by its text home
/// (an `enum` or `extension` whose name ends in `Text`, `Messages` or `Strings`) or as written
/// inline. Found by a scan, not a list of type names, so a new message is in the corpus the day it
/// is written, wherever it is written.
enum MessageCorpus {
    /// One message and where it came from ("Sources/AppCore/Features/Duty/DutyText+Screen.swift:61 DutyText").
    struct Message: CustomStringConvertible {
        var text: String
        var home: String
        var file: String
        var line: Int
        var description: String { "\(file):\(line) \(home)：\(text)" }
    }

    static let layers = ["Domain", "Storage", "AppCore", "AppRuntime"]
    /// What a literal written inline, outside a text home, is named by.
    static let inline = "（行内）"

    /// The corpus, read once.
    static let all: [Message] = (try? gather()) ?? []

    static func gather() throws -> [Message] {
        let sql = try NSRegularExpression(pattern: #"\b(SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|CREATE (VIRTUAL )?TABLE|CREATE TRIGGER)\b"#)
        return try LayeringTests.files().filter { layers.contains($0.target) }.flatMap { file in
            let text = Array(file.text), homes = homes(in: text)
            let relative = "Sources" + file.path.dropFirst(LayeringTests.sources.path.count)
            return SwiftLiterals(text[...]).chineseLiterals().filter { literal in
                sql.firstMatch(in: literal.text, range: NSRange(literal.text.startIndex..., in: literal.text)) == nil
            }.map { literal in
                let home = homes.first { $0.lines.contains(literal.line) }?.name ?? inline
                return Message(text: literal.text, home: home, file: relative, line: literal.line + 1)
            }
        }
    }

    /// The text homes of a file: each declaration's name and the lines (0-based) of its body.
    static func homes(in text: [Character]) -> [(name: String, lines: ClosedRange<Int>)] {
        let source = String(text)
        let pattern = try! NSRegularExpression(pattern: #"\b(?:enum|extension)\s+([A-Z]\w*(?:Text|Messages|Strings))\b[^{\n]*\{"#)
        return pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)).compactMap { match in
            let name = String(source[Range(match.range(at: 1), in: source)!])
            let open = source.distance(from: source.startIndex, to: Range(match.range, in: source)!.upperBound) - 1
            guard let close = SwiftLiterals(text[open...]).matchingBrace() else { return nil }
            let line = { (end: Int) in text[..<end].filter { $0 == "\n" }.count }
            return (name, line(open)...line(close))
        }
    }

    // MARK: - Worst-case samples

    static let amount = "¥123,456,789.01"
    static let name = "欧阳买买提艾力阿不都热合曼古丽娜扎尔迪丽"   // 20 characters, the longest name a person may have
    static let dateTime = "2026-11-29 18:00:00"

    /// What an interpolation is filled with: a long name, a full date-time, else a 12-digit amount
    /// (the widest run that may not be broken).
    static func sample(for expression: String) -> String {
        let e = expression.lowercased()
        let names = ["name", "person", "worker", "payee", "viewer", "who", "actor", "user", "colleague", "secretary"]
        let dates = ["date", "day", "time", "until", "since", "when", "deadline", "month"]
        if names.contains(where: e.contains) { return name }
        if dates.contains(where: e.contains) { return dateTime }
        return amount
    }
}

/// A small reader of Swift source: finds string literals (plain, multi-line and raw), skipping
/// comments, and the brace that closes a body.
struct SwiftLiterals {
    let chars: ArraySlice<Character>
    init(_ chars: ArraySlice<Character>) { self.chars = chars }

    /// The index of the brace closing the one `chars` starts with.
    func matchingBrace() -> Int? {
        var depth = 0
        var i = chars.startIndex
        while i < chars.endIndex {
            if let end = skip(at: i) { i = end; continue }
            if chars[i] == "{" { depth += 1 }
            if chars[i] == "}" { depth -= 1; if depth == 0 { return i } }
            i += 1
        }
        return nil
    }

    /// Literals holding a Chinese character, with their line (0-based, from the start of `chars`);
    /// literals joined by `+` come as one.
    func chineseLiterals() -> [(text: String, line: Int)] {
        var out: [(text: String, line: Int)] = []
        var joinable = false, plus = false
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            if isCommentStart(i), let end = skip(at: i) { i = end; continue }
            if c == "\"" || (c == "#" && next(i) == "\"") {
                let (text, end) = literal(at: i)
                if plus, let last = out.last { out[out.count - 1].text = last.text + text } else {
                    out.append((text, chars[chars.startIndex..<i].filter { $0 == "\n" }.count))
                }
                joinable = true; plus = false; i = end; continue
            }
            if c == "+" && joinable && !plus { plus = true } else if !c.isWhitespace { joinable = false; plus = false }
            i += 1
        }
        return out.filter { $0.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
    }

    // MARK: - Pieces

    private func next(_ i: Int, _ k: Int = 1) -> Character? { i + k < chars.endIndex ? chars[i + k] : nil }
    private func isCommentStart(_ i: Int) -> Bool { chars[i] == "/" && (next(i) == "/" || next(i) == "*") }

    /// The index after a comment or literal starting at `i`, or nil when none starts there.
    private func skip(at i: Int) -> Int? {
        if chars[i] == "/" && next(i) == "/" { return chars[i...].firstIndex(of: "\n") ?? chars.endIndex }
        if chars[i] == "/" && next(i) == "*" {
            var j = i + 2
            while j < chars.endIndex, !(chars[j] == "*" && next(j) == "/") { j += 1 }
            return min(chars.endIndex, j + 2)
        }
        if chars[i] == "\"" || (chars[i] == "#" && next(i) == "\"") { return literal(at: i).end }
        return nil
    }

    /// The text of the literal starting at `i` (escapes read, interpolations filled with samples,
    /// a multi-line literal's indentation taken off) and the index after it.
    func literal(at start: Int) -> (text: String, end: Int) {
        var i = start, hashes = 0
        while chars[i] == "#" { hashes += 1; i += 1 }
        let multi = next(i) == "\"" && next(i, 2) == "\""
        let quote = multi ? 3 : 1
        i += quote
        var text = ""
        let escape = "\\" + String(repeating: "#", count: hashes)
        while i < chars.endIndex {
            if chars[i] == "\"", (0..<quote).allSatisfy({ next(i, $0) == "\"" }), closes(i + quote, hashes) {
                return (multi ? dedented(text) : text, i + quote + hashes)
            }
            if String(chars[i..<min(chars.endIndex, i + escape.count)]) == escape {
                let (piece, end) = escaped(at: i + escape.count)
                text += piece; i = end; continue
            }
            text.append(chars[i]); i += 1
        }
        return (text, i)
    }

    private func closes(_ i: Int, _ hashes: Int) -> Bool { (0..<hashes).allSatisfy { next(i - 1, $0 + 1) == "#" } }

    /// What an escape after its backslash stands for: an interpolation's sample, a character, or
    /// nothing for a multi-line literal's line continuation.
    private func escaped(at i: Int) -> (String, Int) {
        guard i < chars.endIndex else { return ("", i) }
        switch chars[i] {
        case "(":
            var depth = 0, j = i
            repeat {
                if chars[j] == "\"" { j = literal(at: j).end; continue }
                if chars[j] == "(" { depth += 1 }
                if chars[j] == ")" { depth -= 1 }
                j += 1
            } while depth > 0 && j < chars.endIndex
            return (MessageCorpus.sample(for: String(chars[(i + 1)..<(j - 1)])), j)
        case "n": return ("\n", i + 1)
        case "t": return (" ", i + 1)
        case "\n": return ("", i + 1)
        case "u":
            guard let close = chars[i...].firstIndex(of: "}"),
                  let scalar = UInt32(String(chars[(i + 2)..<close]), radix: 16).flatMap(Unicode.Scalar.init) else { return ("", i + 1) }
            return (String(Character(scalar)), close + 1)
        default: return (String(chars[i]), i + 1)
        }
    }

    /// A multi-line literal's lines without the indentation of its closing quotes.
    private func dedented(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        if lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        return lines.map { String($0.drop(while: \.isWhitespace)) }.joined(separator: "\n")
    }
}
