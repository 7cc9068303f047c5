import DataFile
import Foundation
import TOMLKit

/// Reads the values of one table of a training file (a scenario's `[[expect]]`, a quiz
/// `[[question]]`), refusing a missing or malformed value with the file, the table and the key.
struct TrainingTable {
    let file: String
    /// "第 2 条 expect" — where the table is, for messages.
    let place: String
    let table: TOMLTable

    func problem(_ reason: String) -> DataFileError {
        DataFileError(file: file, line: nil, reason: "\(place)：\(reason)")
    }

    func string(_ key: String) throws(DataFileError) -> String {
        guard let text = optionalString(key) else { throw problem("缺少 \(key)（应为非空字符串）") }
        return text
    }

    func optionalString(_ key: String) -> String? {
        guard let text = table[key]?.string?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    func int(_ key: String) throws(DataFileError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let int = value.int else { throw problem("\(key) 应为整数") }
        return int
    }

    func bool(_ key: String) throws(DataFileError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw problem("\(key) 应为 true 或 false") }
        return flag
    }

    func strings(_ key: String) throws(DataFileError) -> [String] {
        guard let value = table[key] else { return [] }
        if let one = value.string { return [one] }
        guard let array = value.array else { throw problem("\(key) 应为字符串列表") }
        var out: [String] = []
        for element in array {
            guard let text = element.string else { throw problem("\(key) 的每一项都应为字符串") }
            out.append(text)
        }
        return out
    }

    /// A money value written in yuan as a string ("650.00").
    func money(_ key: String) throws(DataFileError) -> Int64? {
        guard let text = optionalString(key) else { return nil }
        switch Money.parse(text) {
        case .success(let fen): return fen
        case .failure(let error): throw problem("\(key)：\(error.message)")
        }
    }

    /// A value that must be one of an enum's cases, written by its raw value or its Chinese title.
    func choice<T>(_ key: String, _ all: [T], raw: (T) -> String, title: (T) -> String) throws(DataFileError) -> T? {
        guard let text = optionalString(key) else { return nil }
        if let found = all.first(where: { raw($0) == text || title($0) == text }) { return found }
        throw problem("\(key)“\(text)”无效：应为 \(all.map(title).joined(separator: "、")) 之一")
    }

    /// The tables of the array `key` of `table`, each with its place.
    static func tables(_ key: String, of table: TOMLTable, file: String) throws(DataFileError) -> [TrainingTable] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw DataFileError(file: file, line: nil, reason: "\(key) 应写作 [[\(key)]] 表") }
        var out: [TrainingTable] = []
        for (i, element) in array.enumerated() {
            guard let t = element.table else { throw DataFileError(file: file, line: nil, reason: "第 \(i + 1) 条 \(key) 应为表") }
            out.append(TrainingTable(file: file, place: "第 \(i + 1) 条 \(key)", table: t))
        }
        return out
    }
}
