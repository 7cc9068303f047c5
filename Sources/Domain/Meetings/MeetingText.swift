/// The Chinese text of meetings (议事协商) and their decisions, in one place; each layer extends it.
public enum MeetingText {
    public static let title = "议事协商"

    /// "#12-2": decision 2 of meeting 12.
    public static func code(_ meeting: Int64, _ number: Int) -> String { "#\(meeting)-\(number)" }

    // MARK: - A meeting's record

    public static let noTopic = "请填写会议议题"
    public static let noPlace = "请填写会议地点"
    public static let noAttendees = "请至少填写一名本居委会的参会人员"
    public static let repeatedAttendee = "参会人员有重复"
    public static let emptyDecision = "决定不能为空"
    public static func future(_ date: LocalDate) -> String { "会议日期 \(date.iso) 还没有到，不能记录尚未召开的会议" }
    public static func boardTooFew(_ count: Int, least: Int) -> String {
        "居委会班子会议参会的班子成员 \(count) 人，少于 \(least) 人（本程序取值），不能算作集体讨论决定"
    }

    // MARK: - A deduction's basis

    public static func needsDecision(_ item: PointsItem) -> String {
        "“\(item.title)”须经居委会班子成员集体讨论决定，请填写居委会班子会议的决定编号（如 #12-2）"
    }
    public static func notBoard(_ item: PointsItem, _ decision: DecisionCitation) -> String {
        "“\(item.title)”须经居委会班子成员集体讨论决定：\(decision.code) 是\(decision.kind.title)的决定，不是居委会班子会议的决定"
    }
    public static func typedSince(_ item: PointsItem, _ since: Month) -> String {
        "自 \(since.chinese) 起会议已在本程序中记录，“\(item.title)”须选择居委会班子会议的决定（#会议号-决定号）；手填的会议记录只用于此前的月份"
    }
}

// MARK: - Files and citations

public extension MeetingText {
    static func badDate(_ text: String) -> String { "会议日期“\(text.prefix(FieldText.echoLength))”无效，应写成 YYYY-MM-DD" }
    static func badKind(_ text: String) -> String {
        "会议类别“\(text.prefix(FieldText.echoLength))”无效，应为：" + MeetingKind.allCases.map(\.title).joined(separator: "、")
    }
    static func notOfCommittee(_ name: String) -> String {
        "参会人员“\(name.prefix(FieldText.echoLength))”不是本居委会的人员；外单位和居民请填在列席单位"
    }
    static func badCode(_ text: String) -> String { "决定编号“\(text.prefix(FieldText.echoLength))”无效，应写成 #会议号-决定号，如 #12-2" }
    static func noSuchDecision(_ code: String) -> String { "没有编号为 \(code) 的会议决定" }
}
