import TOMLKit

/// A TOML data file read for a program that must refuse it precisely: the parsed document, the
/// file's name, and where each key is written, so that a value that is missing or wrong is
/// refused with the file, the line and a Chinese reason.
///
/// TOMLKit gives lines only for syntax errors; the lines of keys and their order in the file
/// come from a second reading of the text (`TOMLKeyIndex`). A key path is an array of keys,
/// `["roles", "tab.active"]`, or, where no key holds a dot, a dotted string, `"visits.quota"`.
public struct TOMLSource {
    /// The file as the caller named it; messages name it so.
    public let file: String
    /// The parsed document.
    public let root: TOMLTable
    private let keys: TOMLKeyIndex

    // MARK: - Reading

    /// The document in `text`, or a `DataFileError` naming the line of its syntax error.
    public init(_ text: String, file: String) throws(DataFileError) {
        if let (line, shape) = TOMLGuard.unsafeLine(text) {
            throw DataFileError(file: file, line: line, reason: shape.reason)
        }
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw DataFileError(file: file, line: error.source.begin.line, reason: "TOML 语法错误：\(error.description)")
        } catch {
            throw DataFileError(file: file, line: nil, reason: "TOML 无法解析：\(error)")
        }
        self.file = file
        keys = TOMLKeyIndex(text)
    }

    /// The keys of a dotted path: `"visits.quota"` is `["visits", "quota"]`.
    public static func keys(of dottedPath: String) -> [String] {
        dottedPath.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: - Lines and order

    /// The line of `path` (a table header or a key), or of the nearest enclosing table or key
    /// that is written in the file: a missing key is shown at its table's header, a key of an
    /// inline table at the inline table's line. Nil when not even the first key is written.
    public func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let place = keys.places[path] { return place.line }
            path.removeLast()
        }
        return nil
    }

    /// The keys of `table`, the table at `path`, in the order they are written in the file
    /// (keys the file does not spell out, if any, come last, sorted).
    public func orderedKeys(of table: TOMLTable, at path: [String]) -> [String] {
        table.keys.sorted { a, b in
            let first = keys.places[path + [a]]?.order ?? Int.max
            let second = keys.places[path + [b]]?.order ?? Int.max
            return first != second ? first < second : a < b
        }
    }

    // MARK: - Refusing

    /// A problem at the line of `path`.
    public func problem(_ reason: String, at path: [String]) -> DataFileError {
        DataFileError(file: file, line: line(of: path), reason: reason)
    }

    /// A problem at the line of `dottedPath` (`"points.complaint.max"`).
    public func problem(_ reason: String, at dottedPath: String) -> DataFileError {
        problem(reason, at: Self.keys(of: dottedPath))
    }

    /// A problem with the file as a whole: no line is named.
    public func problem(_ reason: String) -> DataFileError {
        DataFileError(file: file, line: nil, reason: reason)
    }
}
