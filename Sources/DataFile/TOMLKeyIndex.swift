/// Where each key of a TOML text is first written: its line, and its place among the keys.
///
/// TOMLKit gives values but neither lines nor the order of keys (its tables are sorted), so this
/// reads the text once more. It knows table headers (`[a.b]`, `[[a]]`), dotted and quoted keys
/// (`a."b.c" = 1`, `'x' = 1`) and the keys of an inline table, which stand on the inline table's
/// line. It steps over strings (multi-line ones too), arrays and comments, so that nothing
/// inside a value is taken for a key. A path is remembered with every path it starts with:
/// `[a.b]` also places `a`, unless `a` was written earlier.
struct TOMLKeyIndex {
    /// Where a key path was first seen.
    struct Place: Equatable {
        /// The line, counting from 1.
        let line: Int
        /// How many key paths were seen before it: the order of the file.
        let order: Int
    }

    /// The place of every key path written in the text.
    private(set) var places: [[String]: Place] = [:]
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1

    /// The index of `text`, which should be TOML that TOMLKit accepts; a malformed text gives an
    /// index of what could be read.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        readDocument()
    }

    // MARK: - Statements

    private mutating func readDocument() {
        var table: [String] = []
        while true {
            skipBlank(newlines: true)
            guard let first = current else { return }
            if first == "[" {
                while current == "[" { advance() }
                skipBlank()
                table = keyPath()
                remember(table)
            } else {
                keyValue(under: table)
            }
            skipLine()
        }
    }

    /// `key = value`: remembers the key under `table`, and the keys of an inline-table value.
    private mutating func keyValue(under table: [String]) {
        let key = keyPath()
        skipBlank()
        guard !key.isEmpty, current == "=" else { return }
        advance()
        skipBlank()
        remember(table + key)
        skipValue(at: table + key)
    }

    private mutating func remember(_ path: [String]) {
        guard !path.isEmpty else { return }
        for end in 1...path.count where places[Array(path[..<end])] == nil {
            places[Array(path[..<end])] = Place(line: line, order: places.count)
        }
    }

    // MARK: - Values

    /// Steps over one value; `path` names it when its inline-table keys are to be remembered
    /// (not inside an array, where the elements have no key path).
    private mutating func skipValue(at path: [String]?) {
        guard let first = current else { return }
        switch first {
        case "\"", "'": skipString()
        case "[": skipList(at: nil, closing: "]")
        case "{": skipList(at: path, closing: "}")
        default: while let scalar = current, !",]}#\n".unicodeScalars.contains(scalar) { advance() }
        }
    }

    /// An array (`path` nil) or an inline table (its keys remembered under `path`).
    private mutating func skipList(at path: [String]?, closing: Unicode.Scalar) {
        let isTable = closing == "}"
        advance()
        while true {
            skipBlank(newlines: true)
            guard let scalar = current, scalar != closing else { return advance() }
            let start = index
            if isTable {
                if let path { keyValue(under: path) } else { skipInlineKeyValue() }
            } else {
                skipValue(at: nil)
            }
            skipBlank(newlines: true)
            if current == "," { advance() }
            if index == start { advance() }
        }
    }

    /// A `key = value` of an inline table inside an array: read past, not remembered.
    private mutating func skipInlineKeyValue() {
        _ = keyPath()
        skipBlank()
        guard current == "=" else { return }
        advance()
        skipBlank()
        skipValue(at: nil)
    }

    /// A basic ("…"), literal ('…') or multi-line ("""…""", '''…''') string.
    private mutating func skipString() {
        guard let quote = current else { return }
        let isTriple = peek(1) == quote && peek(2) == quote
        advance(isTriple ? 3 : 1)
        while let scalar = current {
            if scalar == "\\", quote == "\"" {
                advance(2)
            } else if scalar == quote, !isTriple || (peek(1) == quote && peek(2) == quote) {
                advance(isTriple ? 3 : 1)
                while isTriple, current == quote { advance() }
                return
            } else if scalar == "\n", !isTriple {
                return
            } else {
                advance()
            }
        }
    }

    // MARK: - Keys

    /// A dotted key (`a."b.c".d`), and the blanks after it.
    private mutating func keyPath() -> [String] {
        var path: [String] = []
        while let segment = keySegment() {
            path.append(segment)
            skipBlank()
            guard current == "." else { break }
            advance()
            skipBlank()
        }
        return path
    }

    private mutating func keySegment() -> String? {
        guard let first = current else { return nil }
        if first == "\"" || first == "'" { return quotedKey(quote: first) }
        var key = String.UnicodeScalarView()
        while let scalar = current, Self.isBareKeyScalar(scalar) {
            key.append(scalar)
            advance()
        }
        return key.isEmpty ? nil : String(key)
    }

    /// A quoted key; in a basic ("…") key the escapes of TOML stand for what they mean.
    private mutating func quotedKey(quote: Unicode.Scalar) -> String? {
        advance()
        var key = String.UnicodeScalarView()
        while let scalar = current, scalar != quote, scalar != "\n" {
            advance()
            if scalar == "\\", quote == "\"" {
                if let escaped = escape() { key.append(escaped) }
            } else {
                key.append(scalar)
            }
        }
        guard current == quote else { return nil }
        advance()
        return String(key)
    }

    /// The character meant by the escape after a backslash (`\n`, `\"`, `\u00E9`, …).
    private mutating func escape() -> Unicode.Scalar? {
        guard let letter = current else { return nil }
        advance()
        switch letter {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "u", "U":
            let digits = String(String.UnicodeScalarView(scalars[index..<min(index + (letter == "u" ? 4 : 8), scalars.count)]))
            advance(digits.unicodeScalars.count)
            return UInt32(digits, radix: 16).flatMap { Unicode.Scalar($0) }
        default: return letter
        }
    }

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "_" || scalar == "-"
    }

    // MARK: - Moving through the text

    private var current: Unicode.Scalar? { peek(0) }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
    }

    /// Spaces and tabs; with `newlines`, also line breaks and comments.
    private mutating func skipBlank(newlines: Bool = false) {
        while let scalar = current {
            if scalar == " " || scalar == "\t" || scalar == "\r" || (newlines && scalar == "\n") {
                advance()
            } else if newlines, scalar == "#" {
                skipLine()
            } else {
                return
            }
        }
    }

    /// The rest of the line (a comment, say) and its line break.
    private mutating func skipLine() {
        while let scalar = current, scalar != "\n" { advance() }
        advance()
    }
}
