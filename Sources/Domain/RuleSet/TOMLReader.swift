import Foundation
import TOMLKit

/// Reads typed values out of a parsed TOML document and, when one is missing or wrong, refuses
/// it with the file, the line of the key and a Chinese reason. TOMLKit gives lines only for
/// syntax errors, so the line of a key is found by reading the text.
struct TOMLReader {
    let root: TOMLTable
    let lines: [String]
    let file: String

    // MARK: - Opening

    /// The document in `text`, or its syntax error with the line TOMLKit reports.
    init(text: String, file: String) throws(DataFileError) {
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw DataFileError(file: file, line: error.source.begin.line, reason: "TOML 语法错误：\(error.description)")
        } catch {
            throw DataFileError(file: file, line: nil, reason: "TOML 无法解析：\(error)")
        }
        lines = text.components(separatedBy: "\n")
        self.file = file
    }

    // MARK: - Typed values

    func value(_ path: String) throws(DataFileError) -> TOMLValueConvertible {
        var node: TOMLValueConvertible = root
        for key in path.split(separator: ".").map(String.init) {
            guard let table = node.table, let next = table[key] else { throw fail(path, "缺少 \(path)") }
            node = next
        }
        return node
    }

    func int(_ path: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(DataFileError) -> Int {
        guard let number = try value(path).int else { throw fail(path, "\(path) 应为整数") }
        guard range.contains(number) else { throw fail(path, "\(path) = \(number) 超出范围 \(range.lowerBound)…\(range.upperBound)") }
        return number
    }

    func string(_ path: String) throws(DataFileError) -> String {
        guard let text = try value(path).string, !text.isEmpty else { throw fail(path, "\(path) 应为非空字符串") }
        return text
    }

    func date(_ path: String) throws(DataFileError) -> LocalDate {
        guard let date = try value(path).date, let day = LocalDate(year: date.year, month: date.month, day: date.day) else {
            throw fail(path, "\(path) 应为日期，如 2017-09-26")
        }
        return day
    }

    /// Points written as 0.5 or 3, in tenths; refused unless a multiple of 0.1.
    func tenths(_ path: String, in range: ClosedRange<Int> = -100_000...100_000) throws(DataFileError) -> Int {
        let node = try value(path)
        let number = node.int.map(Double.init) ?? node.double
        guard let number else { throw fail(path, "\(path) 应为数字（分值，如 0.5）") }
        let tenths = (number * 10).rounded()
        guard abs(number * 10 - tenths) < 1e-6 else { throw fail(path, "\(path) = \(number) 不是 0.1 的整数倍") }
        guard range.contains(Int(tenths)) else {
            throw fail(path, "\(path) = \(number) 超出范围 \(Points.format(range.lowerBound))…\(Points.format(range.upperBound))")
        }
        return Int(tenths)
    }

    /// Money written "500.00" (yuan, as a string) or 500, in fen.
    func fen(_ path: String) throws(DataFileError) -> Int64 {
        let node = try value(path)
        let text = node.string ?? node.int.map(String.init)
        guard let text else { throw fail(path, "\(path) 应为金额，如 \"500.00\"") }
        switch Money.parse(text) {
        case .success(let fen): return fen
        case .failure(let error): throw fail(path, "\(path)：\(error.message)")
        }
    }

    func strings(_ path: String) throws(DataFileError) -> [String] {
        guard let array = try value(path).array else { throw fail(path, "\(path) 应为字符串列表") }
        var out: [String] = []
        for element in array {
            guard let text = element.string else { throw fail(path, "\(path) 的每一项都应为字符串") }
            out.append(text)
        }
        return out
    }

    /// The keys of the table at `path` other than `clause`, with their whole-number values.
    func intTable(_ path: String, in range: ClosedRange<Int>) throws(DataFileError) -> [String: Int] {
        guard let table = try value(path).table else { throw fail(path, "\(path) 应为表") }
        var out: [String: Int] = [:]
        for key in table.keys where key != "clause" {
            out[key] = try int("\(path).\(key)", in: range)
        }
        return out
    }

    // MARK: - Refusing

    func fail(_ path: String, _ reason: String) -> DataFileError {
        DataFileError(file: file, line: line(of: path), reason: reason)
    }

    /// The line of the key at `path`: its table's header, then the key below it.
    func line(of path: String) -> Int? {
        var keys = path.split(separator: ".").map(String.init)
        var start = 0
        var found: Int?
        for length in stride(from: keys.count, through: 1, by: -1) {
            let header = "[" + keys.prefix(length).joined(separator: ".") + "]"
            if let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(header) }) {
                start = index + 1
                found = index + 1
                keys.removeFirst(length)
                break
            }
        }
        for key in keys {
            guard let index = lines[start...].prefix(while: { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("[") })
                    .firstIndex(where: { Self.line($0, setsKey: key) }) else { break }
            found = index + 1
            start = index
        }
        return found
    }

    private static func line(_ line: String, setsKey key: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        for form in [key, "\"\(key)\""] where trimmed.hasPrefix(form) {
            if trimmed.dropFirst(form.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") { return true }
        }
        return trimmed.range(of: "[{,] *\(NSRegularExpression.escapedPattern(for: key)) *=", options: .regularExpression) != nil
    }
}
