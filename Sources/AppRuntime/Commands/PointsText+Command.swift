import Domain

/// The points commands' own sentences (a month or a worker they refuse are storage's): part of `PointsText`,
/// the one home of the points feature's Chinese.
extension PointsText {
    static func badFormat(_ text: String) -> String { "格式只能是 csv 或 text，不能是“\(text)”" }
    static func noSigned(_ year: Int, _ street: String?) -> String {
        "\(year) 年还没有已签名的积分卡" + (street.map { "（街镇：\($0)）" } ?? "")
    }
}
