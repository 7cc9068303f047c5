import Domain
import ScreenKit

/// The reception tab's screen text: part of `ReceptionText` (Domain), the feature's one home of Chinese.
extension ReceptionText {
    static let title = "政策资源库"
    static let searchLabel = "查找："
    static let searchHint = "输入汉字或拼音，如 低保、dbsq、dibao"
    static let searching = "正在查找……"
    static let sampleMark = "［示例］"
    static let sampleInList = "含示例内容"
    static let sampleNote = "示例内容，须以本辖区现行规定为准"
    static let columns = ["事项", "条线", "办理地点"]

    static func count(_ n: Int, of query: String) -> String {
        query.isEmpty ? "共 \(n) 项" : "找到 \(n) 项"
    }
    static func nothingFound(_ query: String) -> String { "没有找到与“\(query)”相关的事项。试试更短的词，或拼音首字母。" }
    static func checked(_ date: String) -> String { "核对日期 \(date)" }
    static func lineOfBusiness(_ line: String) -> String { "条线：\(line)" }
    static func position(_ first: Int, _ last: Int, _ total: Int) -> String { "第 \(first)–\(last) 行 / 共 \(total) 行" }

    /// The headings of an item's sections, in the order they are shown.
    enum Section {
        static let aliases = "常用简称"
        static let eligibility = "办理条件"
        static let materials = "所需材料"
        static let procedure = "办事流程"
        static let legalBasis = "政策依据"
        static let department = "责任部门"
        static let location = "办理地点"
        static let none = "（无）"
    }
}

extension ReceptionText {
    /// What `import replies` adds after its count when some wait for an answer, naming the keys of
    /// `keymap` (the one in force) that open them: "，待答复 2 条（在首问接待按 o 打开线上反馈，再按 o 只看待答复）".
    public static func importedWaiting(_ count: Int, keymap: Keymap) -> String {
        let k = KeyNamer(keymap: keymap, contexts: Tab.reception.contextsInForce)
        return "，待答复 \(count) 条（在首问接待按 \(k(.onlineReplies)) 打开线上反馈，再按 \(k(.onlineReplies)) 只看待答复）"
    }
}
