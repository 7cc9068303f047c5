import Domain

/// The Chinese text of the 议事 page (F4), in one place.
enum MeetingsText {
    static func title(_ year: Int, count: Int) -> String { "议事协商 · \(year) 年（共 \(count) 次会议）" }
    static let formTitle = "记录会议"
    static let none = "本年没有会议记录"
    static let kindLabel = "类别"
    static let dateLabel = "日期"
    static let placeLabel = "地点"
    static let topicLabel = "议题"
    static let attendeesLabel = "参会人员"
    static let outsideLabel = "列席单位"
    static let decisionsLabel = "决定"
    static let namesHint = "本居委会人员，以、分隔"
    static let outsideHint = "业委会、物业公司等，可空"
    static let decisionsHint = "以；分隔，按顺序编号"
    static let columnNumber = "编号"
    static let columnDate = "日期"
    static let columnKind = "类别"
    static let columnTopic = "议题"
    static let columnDecisions = "决定"
    /// "扣分引用决定编号（如 #12-2）：积分卡填写时在“会议记录”栏输入"
    static let citeHint = "积分卡扣分须引用居委会班子会议的决定：在“会议记录”栏填写决定编号，如 #12-2"
    static func recorded(_ m: Meeting) -> String {
        "已记录第 \(m.id) 号会议（\(m.date.iso) \(m.kind.title)），决定 \(m.decisions.count) 项"
    }
    static func place(_ m: Meeting) -> String { "地点：\(m.place)  参会：\(m.attendees.joined(separator: "、"))" }
    static func outside(_ m: Meeting) -> String { "列席：\(m.outsideParties.isEmpty ? "无" : m.outsideParties.joined(separator: "、"))" }
    static func decision(_ m: Meeting, _ d: MeetingDecision) -> String { "\(MeetingText.code(m.id, d.number)) \(d.text)" }
}
