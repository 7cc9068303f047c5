import Domain
import ScreenKit

/// The touch screen's words that only the screen uses.
extension KioskText {
    public static let title = "居民自助服务"
    public static let back = "返回"
    public static let previous = "上一页"
    public static let next = "下一页"
    public static let search = "拼音首字母搜索"
    public static let erase = "删除"
    public static let clear = "清空"
    public static let book = "预约到居委会办事"
    public static let confirmBooking = "确定预约"
    public static let confirmRating = "提交评价"
    public static let staffConfirm = "确定"
    public static let loading = "正在读取……"
    public static let notReady = "本机尚未设置，请联系居委会工作人员"
    public static let searchPrompt = "点字母输入拼音首字母（dbsq＝低保申请），或点常用简称"
    public static let searchNone = "没有找到，请换个字母或简称"
    public static let chooseSlot = "请点选一个时段："
    public static let noSlots = "近几天没有可预约的时段，请直接到居委会或致电"
    public static func chosenSlot(_ slot: KioskSlot) -> String { "时段：\(slot.title)（点“返回”重选）" }
    public static let nameLabel = "称呼："
    public static let phoneLabel = "电话："
    public static let numberLabel = "接待单编号："
    public static let pinLabel = "书记 PIN："
    public static let staffTitle = "工作人员退出"
    public static let staffHint = "输入书记的 PIN 后确定；返回则留在触摸屏"
    /// For staff only (the staff program's help and the README; never on the touch screen).
    public static var staffHelp: [String] {
        ["【电子触摸屏（baishihui kiosk）】",
         "  " + DisplayWidth.fit(KioskKeymap.staffExitKey(KioskKeymap.standard), to: 12) + "再输入书记的 PIN：退出触摸屏"]
    }
    public static let ratePrompt = "请输入接待单上的编号，再点选评价（原因可选）："
    public static func booked(name: String, phone: String, slot: KioskSlot) -> String {
        "\(submitted)：\(maskedName(name)) \(Phone.masked(phone)) \(slot.title)，请按时到居委会"
    }
    public static let hoursTitle = "服务时间（平时、晚间、双休日和节假日）"
    public static let intakeTitle = "近期集中受理"
    public static let noIntake = "近期没有集中受理日"
    public static let howToBook = "预约：点下面的按钮，选时段，留称呼和电话；工作人员按时接待。"
    public static let noProfile = "社区概况尚未发布"
    public static let noNotices = "暂无社区动态"
    public static let address = "地址"
    public static let area = "面积"
    public static let households = "户数"
    public static let team = "工作人员"
    public static func noticeDates(_ n: KioskNotice) -> String { "\(n.date.iso) 发布，展示至 \(n.until.iso)" }
    public static let conditions = "办理条件"
    public static let materials = "所需材料"
    public static let steps = "办事流程"
    public static let whereToGo = "办理地点"
}
