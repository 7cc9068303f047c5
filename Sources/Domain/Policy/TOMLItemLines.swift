import Foundation

/// The lines of the `[[item]]` tables of a TOML text, and of the keys inside each, so that a
/// bad item is refused at its own line (TOMLKit gives no lines, and `TOMLSource` knows only
/// the first table of an array).
///
/// It reads the text line by line: a header is a line that is `[[item]]` (spaces allowed
/// inside the brackets) outside a multi-line string; a key is a line of the item that starts
/// with the key and `=`.
struct TOMLItemLines {
    /// The line of each `[[item]]` header, counting from 1, in order.
    let headers: [Int]
    private let lines: [Substring]
    private let inString: [Bool]

    /// The lines of the `[[name]]` tables in `text`.
    init(_ text: String, table name: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var headers: [Int] = []
        var inString: [Bool] = []
        var open = false
        for (index, line) in lines.enumerated() {
            inString.append(open)
            let bare = line.filter { $0 != " " && $0 != "\t" }
            if !open, bare == "[[\(name)]]" || bare.hasPrefix("[[\(name)]]#") { headers.append(index + 1) }
            let quotes = line.components(of: "\"\"\"") + line.components(of: "'''")
            if quotes % 2 == 1 { open.toggle() }
        }
        self.headers = headers
        self.inString = inString
    }

    /// The header line of item `index` (from 0), if there is one.
    func header(_ index: Int) -> Int? { headers[safe: index] }

    /// The line of `key` in item `index`, or the item's header when the key is not written.
    func line(of key: String, in index: Int) -> Int? {
        guard let start = header(index) else { return nil }
        let end = header(index + 1) ?? lines.count + 1
        for number in (start + 1)..<end where !inString[number - 1] {
            let text = lines[number - 1].drop { $0 == " " || $0 == "\t" }
            guard text.hasPrefix(key) else { continue }
            if text.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" }).first == "=" { return number }
        }
        return start
    }
}

private extension Substring {
    /// How many times `marker` occurs, not overlapping.
    func components(of marker: String) -> Int {
        var count = 0
        var rest = self[...]
        while let range = rest.range(of: marker) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
