import DataFile
import Foundation
import TOMLKit

/// Reads and writes the policy library as TOML: one `[[item]]` table per service item, with the
/// keys `title`, `aliases` (the common short names, a list; may be left out), `line`, `eligibility`,
/// `materials`, `procedure`, `legal_basis`, `department`, `location`, `checked` (a date) and,
/// for sample content, `sample = true`.
///
/// `materials` and `procedure` are lists of strings (a single string is taken as one entry);
/// `legal_basis` may be left out. A file is taken whole or not at all: the first bad item is
/// refused with the file, its line and a Chinese reason. The layout is the one of the starter
/// library, `Resources/policies-sample.toml`.
public enum PolicyLibraryFile {
    /// The starter library shipped with the program (sample content, replaced by each district).
    public static func bundledSample() throws(DataFileError) -> [PolicyItem] {
        try parse(BundledText.read("policies-sample", "toml"), file: "policies-sample.toml")
    }

    // MARK: - Reading

    /// The items written in `text`; `file` names it in error messages.
    public static func parse(_ text: String, file: String) throws(DataFileError) -> [PolicyItem] {
        let source = try TOMLSource(text, file: file)
        let lines = TOMLItemLines(text, table: "item")
        guard let array = source.root["item"]?.array, !array.isEmpty else { throw source.problem(Text.noItems) }
        var items: [PolicyItem] = []
        var firstLine: [String: Int] = [:]
        for (index, element) in array.enumerated() {
            let reader = PolicyItemReader(file: file, lines: lines, index: index, table: element.table)
            let item = try reader.item()
            if let first = firstLine[item.title] {
                throw reader.problem(Text.duplicateTitle(item.title, first), at: "title")
            }
            firstLine[item.title] = lines.line(of: "title", in: index) ?? 0
            items.append(item)
        }
        return items
    }

    // MARK: - Writing

    /// The items as a TOML text that `parse` reads back to the same items (ids left out).
    public static func write(_ items: [PolicyItem]) -> String {
        var out = Text.exportHeader
        for item in items {
            out += "\n[[item]]\n"
            out += "title = \(quoted(item.title))\n"
            if !item.aliases.isEmpty { out += "aliases = \(list(item.aliases))\n" }
            out += "line = \(quoted(item.lineOfBusiness))\n"
            out += "eligibility = \(quoted(item.eligibility))\n"
            out += "materials = \(list(item.materials))\nprocedure = \(list(item.procedure))\n"
            out += "legal_basis = \(quoted(item.legalBasis))\ndepartment = \(quoted(item.department))\n"
            out += "location = \(quoted(item.location))\nchecked = \(item.lastChecked.iso)\n"
            if item.isSample { out += "sample = true\n" }
        }
        return out
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func list(_ entries: [String]) -> String {
        entries.isEmpty ? "[]" : "[\n" + entries.map { "    \(quoted($0)),\n" }.joined() + "]"
    }

    // MARK: - Text

    enum Text {
        static let noItems = "没有任何 [[item]] 条目"
        static func duplicateTitle(_ title: String, _ line: Int) -> String { "事项名称“\(title)”与第 \(line) 行重复" }
        static let exportHeader = """
            # 百事汇 政策资源库（baishihui export policies 导出）。
            # 每个 [[item]] 是一个服务事项：title 事项名称，aliases 常用简称（可省略），line 条线，
            # eligibility 办理条件，materials 所需材料，procedure 办事流程，legal_basis 政策依据，
            # department 责任部门，location 办理地点，checked 核对日期，sample = true 表示示例内容。修改后可用 baishihui import policies FILE 导入。

            """
    }
}
