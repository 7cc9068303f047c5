import Foundation
import DataFile
import TOMLKit

/// Reads one `[[item]]` table of a policy-library file into a `PolicyItem`, refusing a missing
/// or malformed value at the line of its key (or of the item's header).
struct PolicyItemReader {
    let file: String
    let lines: TOMLItemLines
    let index: Int
    let table: TOMLTable?

    /// The item, or the first problem with it.
    func item() throws(DataFileError) -> PolicyItem {
        guard table != nil else { throw problem(Text.notTable, at: nil) }
        let title = try text("title")
        guard title.count <= PolicyItem.maxTitleLength else { throw problem(Text.titleTooLong, at: "title") }
        let aliases = try entries("aliases", optional: true)
        guard aliases.allSatisfy({ $0.count <= PolicyItem.maxTitleLength }) else { throw problem(Text.aliasTooLong, at: "aliases") }
        let procedure = try entries("procedure")
        guard !procedure.isEmpty else { throw problem(Text.blank("procedure"), at: "procedure") }
        return PolicyItem(
            title: title, aliases: aliases, lineOfBusiness: try text("line"), eligibility: try text("eligibility"),
            materials: try entries("materials"), procedure: procedure,
            legalBasis: try text("legal_basis", optional: true), department: try text("department"),
            location: try text("location"), lastChecked: try date("checked"), isSample: try flag("sample"))
    }

    /// A refusal at the line of `key` in this item (its header when the key is nil or not written).
    func problem(_ reason: String, at key: String?) -> DataFileError {
        let line = key.flatMap { lines.line(of: $0, in: index) } ?? lines.header(index)
        return DataFileError(file: file, line: line, reason: "第 \(index + 1) 个事项：\(reason)")
    }

    // MARK: - Values

    /// A string, trimmed; refused when missing or blank unless `optional`.
    private func text(_ key: String, optional: Bool = false) throws(DataFileError) -> String {
        guard let value = table?[key] else {
            if optional { return "" }
            throw problem(Text.missing(key), at: key)
        }
        guard let string = value.string else { throw problem(Text.notString(key), at: key) }
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty && !optional { throw problem(Text.blank(key), at: key) }
        try refuseControls(trimmed, key)
        return trimmed
    }

    /// A list of strings, or one string as a list of one; blank entries dropped (an empty list is
    /// allowed: some matters need no papers); a missing key is an empty list when `optional`.
    private func entries(_ key: String, optional: Bool = false) throws(DataFileError) -> [String] {
        guard let value = table?[key] else {
            if optional { return [] }
            throw problem(Text.missing(key), at: key)
        }
        if let single = value.string { try refuseControls(single, key); return clean([single]) }
        guard let array = value.array else { throw problem(Text.notList(key), at: key) }
        var out: [String] = []
        for element in array {
            guard let string = element.string else { throw problem(Text.notList(key), at: key) }
            try refuseControls(string, key)
            out.append(string)
        }
        return clean(out)
    }

    /// Refuses a control character other than tab and newline (`FieldText`), with the key's line.
    private func refuseControls(_ string: String, _ key: String) throws(DataFileError) {
        if let error = FieldText.problem(string, label: key, maxLength: .max, allowingLineBreaks: true) {
            throw problem(error.message, at: key)
        }
    }

    private func clean(_ entries: [String]) -> [String] {
        entries.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    private func date(_ key: String) throws(DataFileError) -> LocalDate {
        guard let value = table?[key] else { throw problem(Text.missing(key), at: key) }
        guard let date = value.date, let day = LocalDate(year: date.year, month: date.month, day: date.day) else {
            throw problem(Text.notDate(key), at: key)
        }
        return day
    }

    private func flag(_ key: String) throws(DataFileError) -> Bool {
        guard let value = table?[key] else { return false }
        guard let flag = value.bool else { throw problem(Text.notBool(key), at: key) }
        return flag
    }

    // MARK: - Text

    enum Text {
        static let notTable = "应为表（[[item]]）"
        static let titleTooLong = "title 过长（最多 \(PolicyItem.maxTitleLength) 个字）"
        static let aliasTooLong = "aliases 中的简称过长（每个最多 \(PolicyItem.maxTitleLength) 个字）"
        static func missing(_ key: String) -> String { "缺少 \(key)" }
        static func notString(_ key: String) -> String { "\(key) 应为字符串" }
        static func blank(_ key: String) -> String { "\(key) 不能为空" }
        static func notList(_ key: String) -> String { "\(key) 应为字符串列表，如 [\"身份证\", \"户口簿\"]" }
        static func notDate(_ key: String) -> String { "\(key) 应为日期，如 2024-06-01" }
        static func notBool(_ key: String) -> String { "\(key) 应为 true 或 false" }
    }
}
