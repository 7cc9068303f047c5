import Domain

/// The Chinese of Storage that belongs to no one feature: the committee's setup, every CSV import's
/// file-level refusals, the guard against a NUL. Each feature's refusals are in its own `…Text+Storage`.
enum StorageText {
    // MARK: - Committee

    static let alreadyInitialized = "本数据库已初始化（已有居委会信息），不能再次初始化"
    static let notInitialized = "数据库尚未初始化：请先填写居委会信息并创建第一位用户"
    static let committeeNameEmpty = "居委会名称不能为空"
    static let streetOfficeEmpty = "所属街道/镇不能为空"
    static let adminMustBeSecretary = "第一位用户须担任书记：只有书记可以添加人员、设置角色和重置 PIN"

    static func cannotCreateFile(_ path: String, reason: String) -> String {
        "无法创建数据库文件 \(path)：\(reason)"
    }

    // MARK: - Import files (every CSV import)

    static let importNewlineInField = "字段中不能换行"
    static let importNotUTF8 = "文件不是 UTF-8 编码（可能是 GBK）：请在 Excel 中“另存为 CSV UTF-8”后再导入"

    /// The header expected and the first column that differs; never what the row holds, which
    /// may be a resident's name or phone when the header is missing.
    static func importBadHeader(_ expected: [String], found: [String]) -> String {
        let column = zip(expected, found).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expected.count, found.count)
        let detail = column < expected.count
            ? "第 \(column + 1) 列应为“\(expected[column])”" : "多出 \(found.count - expected.count) 列"
        return "表头应为“\(expected.joined(separator: ","))”：\(detail)（第一行须是表头）"
    }

    /// SwiftCSV's reason is not shown: it can quote the file's text.
    static let importUnreadable = "无法读取 CSV：某处引号不成对（字段中的引号须写成两个 \"\"）"
}

extension StorageText {
    /// "第 2 列“角色”": a column of an import file by its number and header, for a field's problem.
    static func importColumn(_ index: Int, header: [String]) -> String {
        let name = header[safe: index].map { "“\($0)”" } ?? ""
        return "第 \(index + 1) 列\(name)"
    }

    /// One problem of a staff file as a line for the terminal.
    static func importProblemLine(_ problem: StaffImport.Problem) -> String {
        "第 \(problem.line) 行：\(problem.message)"
    }
}

extension StorageText {
    /// A text that holds a NUL reached storage: refused, nothing written (the key, never the value).
    static func nulInText(_ key: String) -> String {
        "“\(key)”中含有不可见的控制字符 U+0000，数据库会把它截断：未写入任何数据，请删去后重填"
    }
}
