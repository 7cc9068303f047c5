import Domain

/// What the reception log's storage refuses with: part of `ReceptionText` (Domain).
extension ReceptionText {
    static func notFound(_ id: Int64) -> String { "找不到编号为 \(id) 的接待记录" }
    static func alreadySigned(_ id: Int64) -> String { "第 \(id) 号接待记录已由居民签字确认，不能重复签字" }
    static func notAwaitingReply(_ id: Int64) -> String { "第 \(id) 号接待记录不在待回复之列（已答复，或办理结果不是待回复）" }
    static func onlineNotFound(_ id: Int64) -> String { "找不到编号为 \(id) 的线上反馈" }
    static let nothingChanged = "更正内容与现有记录相同，没有需要更正的地方"
}
