import Domain

/// The Chinese strings of appointments (提前预约) and batch-intake days (集中受理), in one place.
enum AppointmentText {
    // MARK: - Page

    static func todayHeading(_ day: LocalDate, _ count: Int) -> String { "今日预约（\(day.iso) \(day.weekday.short)）共 \(count) 人" }
    static let columns = ["时段", "姓名", "楼室号", "电话", "事项", "政策事项／接待"]
    static func noneToday(_ k: KeyNamer) -> String { "今天没有预约。按 \(k(.dutyBook)) 为居民预约，书记或主任按 \(k(.dutyIntake)) 设集中受理日。" }
    static let intakeHeading = "本月集中受理日"
    static let noIntake = "本月没有集中受理日。"
    static func upcoming(_ count: Int) -> String { "本月今后还有 \(count) 个预约：" }
    static func intakeFill(_ booked: Int, _ places: Int) -> String { "已约 \(booked)/\(places)" }
    static func receptionHook(_ k: KeyNamer) -> String { "\(k(.dutyReceive)) 转为首问接待记录（姓名、楼室号、电话、事项、政策事项已备好）。" }
    static func received(_ reception: Int64) -> String { "已接待 #\(reception)" }
    static func receivedHint(_ reception: Int64) -> String { "已接待：见首问接待记录 #\(reception)。" }
    static let selectAppointment = "请先在预约页选中今天的一条预约"
    static func alreadyReceived(_ reception: Int64) -> String {
        "这次预约已接待（首问接待记录 #\(reception)），不能再次转为接待记录"
    }

    // MARK: - Forms

    static let bookTitle = "居民预约"
    static let intakeTitle = "设集中受理日"
    static let time = "时间"
    static let timeHint = "HH:MM，普通预约半小时一段"
    static let name = "姓名"
    static let room = "楼室号"
    static func roomHint(_ k: KeyNamer) -> String { "\(k(.nextField)) 按住户登记簿补全" }
    static let phone = "联系电话"
    static let phoneHint = "屏幕只显示 138****1234"
    static func phoneFromRegistry(_ masked: String) -> String { "留空即用登记簿中的 \(masked)" }
    static let matter = "事项"
    static let matterHint = "集中受理日可空，即该日事项"
    static let policy = "政策事项"
    static let policyHint = "可空；关键词或拼音首字母，取政策库第一条"
    static let phoneRequired = "请填联系电话，以便改期时通知"
    static let matterRequired = "事项不能为空"
    static let span = "时段"
    static let slotMinutes = "每段分钟"
    static let perSlot = "每段人数"
    static let wholeNumber = "请填整数"
}
