/// The Chinese text of the residents' touch screen (电子触摸屏, 实施意见 二(六)), in one place;
/// each layer extends it (`KioskText+Screen`, `+Storage`, `+Runtime`).
public enum KioskText {
    /// The four pages 二(六) names, in the order of the home page's large buttons.
    public static let profile = "社区概况"
    public static let notices = "社区动态"
    public static let info = "社区信息"
    public static let guide = "办事指南"
    public static let rating = "服务评价"
    public static let home = "首页"

    // MARK: - The day

    public static func dayLine(_ day: LocalDate, working: Bool) -> String {
        "今天 \(day.chinese) \(day.weekday.chinese) · \(working ? "工作日" : "休息日")"
    }
    public static func hoursNow(_ span: TimeSpan, kind: String) -> String { "现在是服务时间：\(kind) \(span)" }
    public static func hoursLater(_ spans: [TimeSpan]) -> String {
        spans.isEmpty ? "今天没有公布的服务时间" : "现在不在服务时间；今天的服务时间：" + spans.map(\.description).joined(separator: "、")
    }
    public static let officeKind = "平时（工作日）"
    public static func onDuty(_ names: [String]) -> String {
        names.isEmpty ? "现在没有排班值班" : "现在值班：" + names.joined(separator: "、")
    }
    public static let noHours = "服务时间尚未公布，请向工作人员询问"

    // MARK: - Bookings and ratings

    /// The matter a booking made at the touch screen carries into the duty tab's 预约.
    public static let bookingMatter = "触摸屏预约"
    /// Said of the name as booked, shown back: the surname and a star for each other character.
    public static func maskedName(_ name: String) -> String {
        guard let first = name.first else { return "" }
        return String(first) + String(repeating: "*", count: max(1, name.count - 1))
    }
    public static let submitted = "已提交"
    /// The one answer to a slip number that cannot be rated, whatever the reason, so that it
    /// tells nothing about any record (本程序的做法).
    public static let cannotRate = "这个编号不能评价：请核对接待单上的编号，或请工作人员帮助"
    public static let nameMissing = "请填写称呼（如：王先生）"
    public static let phoneInvalid = "请填写 11 位手机号或 8 位座机号"
    public static let slotMissing = "请先点选一个预约时段"
    public static let numberMissing = "请先输入接待单上的编号"
    public static let exitRefused = "PIN 不对：只有书记的 PIN 能退出触摸屏"
    public static let levelMissing = "请先点选满意、基本满意或不满意"

    // MARK: - The public funds disclosure

    /// "2026年上半年经费使用情况公开".
    public static func disclosureTitle(_ d: KioskDisclosure) -> String { "\(d.report.period.title)经费使用情况公开" }
    /// "2026-01-01 至 2026-06-30 · 每半年对外公开（附件一 四(一)）".
    public static func disclosureDates(_ d: KioskDisclosure) -> String {
        "\(d.report.period.firstDay.iso) 至 \(d.report.period.lastDay.iso) · 每半年对外公开（\(d.clause)）"
    }

    // MARK: - Kept by staff

    public static let profileFormTitle = "电子触摸屏：社区概况"
    public static let noticeFormTitle = "电子触摸屏：发布社区动态"
    public static let teamHint = "每人一段，用“；”隔开，如：王秀兰 书记 6222 0001"
    public static let noticeTitleLabel = "标题"
    public static let noticeDateLabel = "发布日期"
    public static let noticeBodyLabel = "内容"
    public static let noticeUntilLabel = "展示至"
    public static let dateHint = "YYYY-MM-DD"
    public static let untilBeforeDate = "展示至不能早于发布日期"
    public static func dateInvalid(_ text: String) -> String { "日期“\(FieldText.echo(text))”无效，应写成 YYYY-MM-DD" }
    public static let profileSaved = "触摸屏的社区概况已保存，一分钟内显示"
    public static func noticePosted(_ n: KioskNotice) -> String {
        "已发布社区动态“\(n.title)”，\(n.date.iso) 至 \(n.until.iso) 在触摸屏上显示"
    }

    // MARK: - Withdrawing a notice

    public static let noticesTitle = "触摸屏社区动态（已发布的，最新在前）"
    public static let noticesContext = "触摸屏社区动态"
    public static let noNoticesPosted = "还没有发布过社区动态。"
    public static let noticeColumns = ["发布日期", "展示至", "状态", "标题"]
    public static let shownMark = "展示中"
    public static let notYetMark = "未到发布日期"
    public static let expiredMark = "已过期"
    public static let withdrawnMark = "已撤下"
    public static let alreadyWithdrawn = "这条社区动态已经撤下了"
    public static let pastUntil = "这条社区动态已过展示期，触摸屏上已不显示，不必撤下"
    public static let noticeUnknown = "没有这条社区动态"
    public static let withdrawReasonLabel = "撤下理由"
    public static let withdrawReasonLength = 60
    public static func withdrawTitle(_ n: KioskNotice) -> String { "撤下社区动态“\(n.title)”" }
    public static let withdrawWarning = "撤下后触摸屏上不再显示这条动态（一分钟内）；原文保留，记下撤下人、时间和理由。按 Enter 撤下，Esc 不撤。"
    public static func withdrawn(_ n: KioskNotice) -> String { "已撤下社区动态“\(n.title)”：触摸屏上一分钟内不再显示" }
    /// "已撤下：王秀兰 2026-11-29 10:00，理由：日期写错".
    public static func withdrawalLine(_ w: PostedKioskNotice.Withdrawal) -> String {
        "已撤下：\(w.byName) \(VisitTime.format(w.at))，理由：\(w.reason)"
    }
}
