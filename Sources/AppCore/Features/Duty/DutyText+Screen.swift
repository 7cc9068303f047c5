import Domain
import ScreenKit

/// The duty tab's screen text: part of `DutyText`, the one home of the duty feature's Chinese, whose
/// rule sentences are in Domain and whose storage and runtime messages extend it in their layers.
extension DutyText {
    // MARK: - Pages

    static let pageTitles = ["月历", "周", "我的班次", "换班", "服务时间", "预约"]
    static let loading = "正在读取值班表……"
    static let weekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    /// The marks of the month's grid, one line at 80 columns: a six-week month leaves room for one.
    static let marksLegend = "✓已完成 !迟到/早退/未签退 ✗缺勤 *值班中  休 节假日 班 调休上班"
    /// The week's legend: the kinds of shift it names, then the marks.
    static let legend = "晚 工作日晚间 双 双休日 节 节假日  " + marksLegend
    static func weekHeading(_ first: LocalDate, _ last: LocalDate) -> String {
        "\(first.iso) 至 \(last.iso)（[ ] 上一周、下一周）"
    }
    static let otherMonth = "（不在本月，翻到该月查看）"
    static let weekNobody = "无人值班（公布的服务时间）"
    static let noShiftsMine = "本月没有您的班次。"
    static func noSwaps(_ k: KeyNamer) -> String { "本月没有换班申请。换班：在“我的班次”中选中班次按 \(k(.dutySwap))。" }
    static func noHours(_ k: KeyNamer) -> String { "尚未公布服务时间（书记或主任按 \(k(.dutyHours)) 公布）。" }
    static let hoursHeading = "本居委会公布的服务时间（实施意见 二(二)：平时、晚间、双休日和节假日都“找得到人、办得了事”）"
    static func templatesHeading(_ k: KeyNamer) -> String { "排班模板（\(k(.dutyFill)) 按模板排满本月，\(k(.dutyTemplate)) 添加模板）" }
    static let noTemplates = "尚无排班模板。"
    static let noGaps = "本月公布的服务时间均有人值班。"
    static func gapsHeading(_ count: Int) -> String { "本月有 \(count) 天公布的服务时间无人值班：" }

    // MARK: - Lists

    static let mineColumns = ["日期", "时段", "类型", "状态"]
    static let swapColumns = ["班次", "申请人", "接班人", "进度"]

    // MARK: - Forms

    static let templateTitle = "添加排班模板"
    static let shiftTitle = "添加班次"
    static let shiftKinds = ["按日历"] + ShiftKind.allCases.map(\.title)
    static let dateHint = "YYYY-MM-DD"
    static let dateFormat = "日期应写成 YYYY-MM-DD"
    static let hoursTitle = "公布服务时间"
    static func swapTitle(_ shift: Shift) -> String { "申请换班：\(shift.title)" }
    static let repeats = ["每周", "隔周", "每个节假日"]
    static let dayNames = ["一", "二", "三", "四", "五", "六", "日"]
    static let spanHint = "如 17:00-20:00"
    static let optionalSpanHint = "可空；如 17:00-20:00"
    static let anchorHint = "隔周时填第一次的日期，可空"
    static let pickWorkers = "至少选一位值班人（空格选择）"
    static let anchorWrongDay = "第一次的日期应是所选的星期几"
    static let noColleague = "没有可以接班的同事"

    // MARK: - Messages

    static let selectSwap = "请先在“换班”页选中一项申请"
    static let selectShift = "请先在“我的班次”页选中一个班次"

    // MARK: - Signing out early

    static let earlyTitle = "提前签退"
    static let earlyKept = "未签退，仍在值班中"
    /// The early sign-out question: what signing out now records (早退), then the question itself.
    static func earlyAsk(_ question: String) -> String { question + "。确定现在签退吗？" }
    /// The keys that answer it: the sign key signs out, Esc keeps the shift running.
    static func earlyKeys(_ k: KeyNamer) -> String {
        "\(k(.dutySign)) 签退（记为早退）   \(k(.cancel)) 不签退，继续值班"
    }
}
