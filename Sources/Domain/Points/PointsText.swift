import Foundation

/// The points feature's Chinese: here the sentences of a typed card line (`PointsEntryInput`); the screen,
/// storage, runtime and command line extend it in their own layers (`PointsText+Screen`, `+Storage`,
/// `+Runtime`, `+Command`).
public enum PointsText {
    static func unknownItem(_ text: String) -> String {
        "分项“\(FieldText.echo(text))”不是积分卡上的项目；可填写：" + PointsEntryInput.manualItems.map(\.title).joined(separator: "、")
    }
    static func computed(_ title: String) -> String { "“\(title)”由各模块的记录自动计算，不能手工填写" }
    static func badCount(_ item: PointsItem, _ text: String) -> String {
        "“\(item.title)”的数量须为不小于 0 的整数（\(item.unit)），不能是“\(FieldText.echo(text))”"
    }
    static func tooMany(_ item: PointsItem, _ n: Int) -> String {
        "“\(item.title)”一个月最多填写 \(Points.maxTypedCount) \(item.unit)（本程序取值：一个月至多 31 天），不能是 \(n)"
    }
    static func badAward(_ text: String) -> String { "获奖情况的数量栏请写“个人市级”“个人区级”“个人街镇级”或“集体市级”等，不能是“\(FieldText.echo(text))”" }
    static func badInspection(_ text: String) -> String { "督查考评的数量栏请写“个人”或“居委会”，不能是“\(FieldText.echo(text))”" }
    static func badContest(_ text: String) -> String { "业务提升的数量栏请写“参赛”“一等奖”“二等奖”或“三等奖”，不能是“\(FieldText.echo(text))”" }
    static func badBreach(_ text: String) -> String { "安全守纪的得分栏只能写“清零”，不能是“\(FieldText.echo(text))”" }
    static func disagree(_ typed: String, _ rule: String) -> String { "填写的得分 \(typed) 与规则不符：\(rule)" }
}
