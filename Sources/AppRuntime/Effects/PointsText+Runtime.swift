import Domain

/// The points tab's text that the runtime writes (what a save, a signature or an amendment did): part of
/// `PointsText`, the one home of the points feature's Chinese, whose card-line sentences are in Domain.
extension PointsText {
    static func added(_ line: PointsLine) -> String { "已填写：\(line.item.title)" }
    static func signed(_ card: PointsCard, rules: RuleSet) -> String {
        "已签名确认，当月积分合计 \(Points.format(CardTotal.of(card, rules: rules).total)) 分；此后只能更正"
    }
    static func signedMonth(_ month: Month, _ count: Int) -> String { "\(month.chinese)：已为 \(count) 张积分卡签名" }
    static func amended(_ reason: String) -> String { "已更正（理由：\(reason)），原签名内容保留" }
    static func recomputed(_ item: PointsItem, _ reason: String) -> String {
        "已按记录重算“\(item.title)”，计入签名后新增（理由：\(reason)），原签名内容保留"
    }
    static let noWorker = "没有社区工作者的积分卡：请先在人员管理中添加社工"
}
