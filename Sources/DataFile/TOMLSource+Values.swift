import TOMLKit

/// Typed values at dotted paths (`"ruleset.effective"`), each refused, when missing or of the
/// wrong kind, with the line of its key and a Chinese reason that names the path.
extension TOMLSource {
    // MARK: - Any value

    /// The value at `path`; refused as missing ("缺少 visits.quota") when a key on the way is
    /// absent or is not a table.
    public func value(_ path: String) throws(DataFileError) -> TOMLValueConvertible {
        var node: TOMLValueConvertible = root
        for key in Self.keys(of: path) {
            guard let table = node.table, let next = table[key] else { throw problem(Reason.missing(path), at: path) }
            node = next
        }
        return node
    }

    // MARK: - Typed values

    /// A whole number within `range`.
    public func int(_ path: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(DataFileError) -> Int {
        let number = try value(path, as: { $0.int }, else: Reason.notInt)
        guard range.contains(number) else { throw problem(Reason.outOfRange(path, number, range), at: path) }
        return number
    }

    /// A string that is not empty.
    public func string(_ path: String) throws(DataFileError) -> String {
        try value(path, as: { $0.string.flatMap { $0.isEmpty ? nil : $0 } }, else: Reason.notString)
    }

    /// A local date, written `2017-09-26`.
    public func date(_ path: String) throws(DataFileError) -> TOMLDate {
        try value(path, as: { $0.date }, else: Reason.notDate)
    }

    /// A list of strings, `["办公费", "印刷费"]`.
    public func strings(_ path: String) throws(DataFileError) -> [String] {
        let array = try value(path, as: { $0.array }, else: Reason.notStringList)
        var out: [String] = []
        for element in array {
            guard let text = element.string else { throw problem(Reason.notStringElement(path), at: path) }
            out.append(text)
        }
        return out
    }

    /// A table, written `[a.b]` or `{ … }`.
    public func table(_ path: String) throws(DataFileError) -> TOMLTable {
        try value(path, as: { $0.table }, else: Reason.notTable)
    }

    /// The value at `path` as `read` gives it, or refused with `reason(path)` when it gives nil.
    private func value<Value>(
        _ path: String, as read: (TOMLValueConvertible) -> Value?, else reason: (String) -> String
    ) throws(DataFileError) -> Value {
        guard let value = read(try value(path)) else { throw problem(reason(path), at: path) }
        return value
    }

    // MARK: - Reasons

    /// The Chinese reasons the typed values give.
    enum Reason {
        static func missing(_ path: String) -> String { "缺少 \(path)" }
        static func notInt(_ path: String) -> String { "\(path) 应为整数" }
        static func outOfRange(_ path: String, _ number: Int, _ range: ClosedRange<Int>) -> String {
            "\(path) = \(number) 超出范围 \(range.lowerBound)…\(range.upperBound)"
        }
        static func notString(_ path: String) -> String { "\(path) 应为非空字符串" }
        static func notDate(_ path: String) -> String { "\(path) 应为日期，如 2017-09-26" }
        static func notStringList(_ path: String) -> String { "\(path) 应为字符串列表" }
        static func notStringElement(_ path: String) -> String { "\(path) 的每一项都应为字符串" }
        static func notTable(_ path: String) -> String { "\(path) 应为表" }
    }
}
