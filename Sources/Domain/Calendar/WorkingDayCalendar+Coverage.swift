/// Which years the calendar knows, and what is said where a count of working days runs into a
/// year it does not know (there every Monday to Friday counts as a working day).
extension WorkingDayCalendar {
    /// The last year the calendar lists a date for, or nil when it lists none.
    public var lastCoveredYear: Int? { coveredYears.max() }

    /// The years from `start` through `end` whose holidays are not loaded, in order.
    public func uncoveredYears(from start: LocalDate, through end: LocalDate) -> [Int] {
        guard start <= end else { return [] }
        return (start.year...end.year).filter { !covers($0) }
    }

    /// "2027 年节假日未载入，按周一至周五计算" when a count from `start` through `end` met a year
    /// the calendar does not know; nil when it knows them all.
    public func uncoveredNote(from start: LocalDate, through end: LocalDate) -> String? {
        let years = uncoveredYears(from: start, through: end)
        return years.isEmpty ? nil : CalendarText.uncovered(years)
    }

    /// From 1 December, the notice that next year's holidays are not loaded, and how to add them; nil otherwise.
    public func nextYearNotice(today: LocalDate) -> String? {
        guard today.month == 12, !covers(today.year + 1) else { return nil }
        return CalendarText.nextYearMissing(today.year + 1)
    }
}

/// The calendar's Chinese sentences, in one place.
public enum CalendarText {
    /// The command that adds a year; anyone at the account may run it (本程序的做法: the calendar is
    /// the account's config file, as config.toml is, not the committee's data).
    public static let importCommand = "baishihui calendar import"
    /// The shape of a line, and its kinds with an example; together `lineFormat`.
    public static let lineShape = "每行“日期<TAB>类型<TAB>名称”"
    public static let lineKinds = "类型 休（放假）或 班（调休上班），如 2027-01-01\t休\t元旦"
    public static let lineFormat = lineShape + "，" + lineKinds

    static func uncovered(_ years: [Int]) -> String {
        "\(years.map(String.init).joined(separator: "、")) 年节假日未载入，按周一至周五计算"
    }

    static func nextYearMissing(_ year: Int) -> String {
        "\(year) 年节假日安排尚未载入：跨入 \(year) 年的答复期限、排班和走访预测将按周一至周五计算。"
            + "国务院办公厅公布安排后，任何人都可在本机运行 \(importCommand) 文件 载入"
            + "（日历是本账户的配置，不需要角色；格式见 baishihui calendar --help）。"
    }

    static let emptyFile = "文件中没有日期行：" + lineFormat
    static func otherYear(_ date: LocalDate, year: Int) -> String {
        "日期 \(date.iso) 不在 \(year) 年：一个文件只载入一年（以第一个日期的年份为准）"
    }
    static func weekdayMakeUp(_ date: LocalDate) -> String {
        "\(date.iso) 是\(date.weekday.chinese)：班（调休上班）只用于周六、周日"
    }
    static func twice(_ line: CalendarLine, _ first: CalendarLine) -> String {
        if line.isHoliday == first.isHoliday { return "日期 \(line.date.iso) 重复出现（第 \(first.number) 行已写过）" }
        return "日期 \(line.date.iso) 不能既是休又是班（第 \(first.number) 行写的是\(first.kind)）"
    }
}
