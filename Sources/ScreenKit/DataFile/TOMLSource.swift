import TOMLKit

/// The text of a TOML data file together with where each key stands in it.
///
/// TOMLKit gives values but neither lines nor the order of keys (its tables are sorted), so this
/// reads the text once more, line by line, and remembers the first line of every table header and
/// every `key =` it sees. Keys inside an inline table are found at the line of the inline table.
struct TOMLSource {
    let file: String
    let text: String
    private var lines: [[String]: Int] = [:]

    init(_ text: String, file: String) {
        self.text = text
        self.file = file
        indexLines()
    }

    // MARK: - Parsing

    /// The parsed document, or a problem naming the line of the syntax error.
    func table<Kind>(_: DataFileError<Kind>.Type) throws(DataFileError<Kind>) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw DataFileError<Kind>(file: file, line: error.source.begin.line, reason: "TOML 语法错误：\(error.description)")
        } catch {
            throw DataFileError<Kind>(file: file, line: nil, reason: "TOML 语法错误：\(error)")
        }
    }

    /// A problem at the line of `path` (a table header or a key, e.g. `["roles", "tab.active"]`).
    func problem<Kind>(_ reason: String, at path: [String]) -> DataFileError<Kind> {
        DataFileError(file: file, line: line(of: path), reason: reason)
    }

    // MARK: - Lines and order

    /// The line of `path`, or of the nearest enclosing key or table that is written in the file.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path] { return line }
            path.removeLast()
        }
        return nil
    }

    /// The keys of the table at `path`, in the order they are written in the file.
    func orderedKeys(of table: TOMLTable, at path: [String]) -> [String] {
        table.keys.sorted { a, b in
            let la = lines[path + [a]] ?? Int.max, lb = lines[path + [b]] ?? Int.max
            return la != lb ? la < lb : a < b
        }
    }

    private mutating func indexLines() {
        var header: [String] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = raw.drop(while: { $0 == " " || $0 == "\t" })
            let number = offset + 1
            if rest.first == "[" {
                rest = rest.drop(while: { $0 == "[" })
                header = Self.keyPath(&rest)
                remember(header, number)
            } else {
                let path = Self.keyPath(&rest)
                if !path.isEmpty, rest.first == "=" { remember(header + path, number) }
            }
        }
    }

    private mutating func remember(_ path: [String], _ line: Int) {
        guard !path.isEmpty else { return }
        for end in 1...path.count where lines[Array(path[..<end])] == nil {
            lines[Array(path[..<end])] = line
        }
    }

    // MARK: - Reading keys

    /// Reads a dotted key (`a."b.c".d`) from the front of `rest`, leaving what follows, trimmed.
    static func keyPath(_ rest: inout Substring) -> [String] {
        var path: [String] = []
        while let segment = keySegment(&rest) {
            path.append(segment)
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard rest.first == "." else { break }
            rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
        }
        return path
    }

    private static func keySegment(_ rest: inout Substring) -> String? {
        guard let first = rest.first else { return nil }
        if first == "\"" || first == "'" { return quoted(&rest, quote: first) }
        let bare = rest.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        guard !bare.isEmpty else { return nil }
        rest = rest.dropFirst(bare.count)
        return String(bare)
    }

    /// A quoted key; in a basic ("…") key a backslash escapes the next character.
    private static func quoted(_ rest: inout Substring, quote: Character) -> String? {
        var key = ""
        var index = rest.index(after: rest.startIndex)
        while index < rest.endIndex, rest[index] != quote {
            if quote == "\"", rest[index] == "\\", rest.index(after: index) < rest.endIndex {
                index = rest.index(after: index)
            }
            key.append(rest[index])
            index = rest.index(after: index)
        }
        guard index < rest.endIndex else { return nil }
        rest = rest[rest.index(after: index)...]
        return key
    }
}
