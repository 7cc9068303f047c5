/// The Chinese text of patrols (网格巡查) and their findings, in one place; each layer extends it.
public enum PatrolText {
    public static let title = "网格巡查"
    public static let noPatroller = "请填写巡查人员"
    public static let noZone = "请填写巡查的片区"
    public static let noPlace = "请填写问题所在位置"
    public static let noProblem = "请填写发现的问题"
    public static let noCaseNumber = "转街镇网格化管理中心的问题须填写网格中心给的案件编号"
    public static let noOutcome = "办结时须写明处理结果"
    public static func finding(_ number: Int, _ text: String) -> String { "第 \(number) 个问题：\(text)" }
    public static func future(_ date: LocalDate) -> String { "日期 \(date.iso) 还没有到" }
    public static func closedBeforeFound(_ closed: LocalDate, _ found: LocalDate) -> String {
        "办结日期 \(closed.iso) 早于发现日期 \(found.iso)"
    }
    public static func overdue(_ days: Int, limit: Int) -> String {
        "已发现 \(days) 天仍未办结，超过 \(limit) 天（本程序取值）"
    }
    public static func badDate(_ text: String) -> String { "日期“\(text.prefix(FieldText.echoLength))”无效，应写成 YYYY-MM-DD" }
    public static func badCategory(_ text: String) -> String {
        "问题类别“\(text.prefix(FieldText.echoLength))”无效，应为：" + FindingCategory.allCases.map(\.title).joined(separator: "、")
    }
    public static func badHandling(_ text: String) -> String {
        "处理方式“\(text.prefix(FieldText.echoLength))”无效，应为：" + FindingHandling.Kind.allCases.map(\.title).joined(separator: "、")
    }
    public static func badMeetingNumber(_ text: String) -> String { "会议号“\(text.prefix(FieldText.echoLength))”无效，应为会议的编号（数字）" }
}

// MARK: - Storage and files

public extension PatrolText {
    static let repeatedPatroller = "巡查人员有重复"
    static let inactive = "已停用的人员不能记录巡查"
    static func noSuchFinding(_ id: Int64) -> String { "没有编号为 \(id) 的巡查问题" }
    static func alreadyClosed(_ id: Int64) -> String { "第 \(id) 号问题已经办结" }
    static func noSuchMeeting(_ id: Int64) -> String { "没有第 \(id) 号会议；提交议事的问题可先不填会议号，开会后再办结" }
    static func unknownZone(_ zone: String, _ zones: [String]) -> String {
        "片区“\(zone.prefix(FieldText.echoLength))”不是走访记录中的片区" + (zones.isEmpty ? "（尚未设置片区）" : "：" + zones.joined(separator: "、"))
    }
}
