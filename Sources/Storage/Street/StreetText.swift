/// The Chinese lines of the committee's side of the street exchange.
enum StreetText {
    static func passed(_ id: Int64, number: String) -> String { "第 \(id) 笔支出：街道已审核、审批（\(number)）" }
    static func unapplied(_ id: Int64, reason: String) -> String { "第 \(id) 笔支出：街道的决定未能登记（\(reason)）" }
    static func returned(_ id: Int64, reason: String) -> String { "第 \(id) 笔支出：街道退回，理由：\(reason)" }
}
