import Domain
import Foundation

/// Every Chinese line of the street program's screens.
public enum StreetScreenText {
    static let appTitle = "百事汇 · 街道工作台"
    static let reviewTitle = "审核"
    static let booksTitle = "专账"
    static let starting = "正在连接街道服务器……"
    static let loginTitle = "请选择您的姓名，按 Enter 输入 PIN 登录"
    static let noPeople = "街道服务器上没有可登录的人员（请管理员先运行 baishihui street init）"
    static func welcome(_ name: String, _ roles: [String]) -> String { "欢迎，\(name)（\(roles.joined(separator: "、"))）" }

    // MARK: - 审核

    static func queueHeading(_ count: Int) -> String { "待街道审核 \(count) 项（超过 500 元的支出，最早的在前）" }
    static let queueEmpty = "没有待审核的支出。500 元及以下的支出由居委会自行审批，不在此列。"
    static let numberLabel = "审核编号"
    static let numberHint = "如 普街审〔2026〕17号"
    static let reasonLabel = "退回理由"
    static func passTitle(_ id: Int64) -> String { "审核通过第 \(id) 项" }
    static func returnTitle(_ id: Int64) -> String { "退回第 \(id) 项" }
    static func passFreezes(_ e: ReviewEntry, number: String) -> String {
        "以编号“\(number)”通过 \(e.committee) 的 \(Money.format(e.amount))（\(e.purpose)）。通过即记入街道服务器，"
            + "审核人记为您本人；居委会下次同步时记下街道的审核、审批编号，此决定不能撤回或修改。"
    }
    static func returnFreezes(_ e: ReviewEntry, reason: String) -> String {
        "以理由“\(reason)”退回 \(e.committee) 的 \(Money.format(e.amount))（\(e.purpose)）。退回即记入街道服务器，"
            + "居委会下次同步时看到理由；此决定不能撤回，居委会可改后重新申请。"
    }
    public static func passed(_ id: Int64) -> String { "第 \(id) 项已审核通过；居委会下次同步时收到" }
    public static func returned(_ id: Int64) -> String { "第 \(id) 项已退回；居委会下次同步时收到理由" }
    static let ownRequestNote = "（您本人申请：不能自审通过）"
    public static let notReviewer = "审核须有“自治办”角色"

    /// "3 天 4 小时", "2 小时", "1 小时内": how long a request has waited.
    static func waited(since: Date, now: Date) -> String {
        let hours = max(0, Int(now.timeIntervalSince(since) / 3600))
        if hours >= 24 { return "\(hours / 24) 天" + (hours % 24 > 0 ? " \(hours % 24) 小时" : "") }
        return hours > 0 ? "\(hours) 小时" : "1 小时内"
    }

    // MARK: - 专账

    static func booksHeading(_ year: Int, sort: StreetBooksSort) -> String {
        "\(year) 年各居委会已支出（按\(sortName(sort))）"
    }
    static func sortName(_ sort: StreetBooksSort) -> String {
        switch sort {
        case .name: return "名称"
        case .total: return "合计"
        case .lastSync: return "最近同步"
        }
    }
    /// What the server does not hold yet, said on screen instead of zeros.
    public static let booksNote = "预算、计划尚未上报街道：此处只有居委会同步的付款，不显示预算与结余。"
    static let noCommittees = "街道尚未登记居委会（baishihui street add-committee）。"
    static let neverSynced = "未同步"
    static func ledgerHeading(_ committee: String, _ year: Int, _ count: Int) -> String { "\(committee) \(year) 年付款明细（\(count) 笔）" }
    static let ledgerEmpty = "这一年街道没有收到此居委会的付款记录。"
    public static let reversal = "冲销"
    public static let payment = "付款"
    static let unknownFund = "未知"

    /// A fund's short name for a narrow column.
    static func fund(_ fund: FundKind?) -> String {
        switch fund {
        case .committee?: return "工作经费"
        case .party?: return "党组织经费"
        case .foundation?: return "基金会资金"
        case nil: return unknownFund
        }
    }

    /// "12-05 14:02": when a committee last synced, in Shanghai.
    public static func syncTime(_ date: Date?) -> String {
        guard let date else { return neverSynced }
        let day = ShanghaiCalendar.day(of: date)
        return String(day.iso.dropFirst(5)) + " " + KioskDay.clock(of: date).text
    }
}
