import DataFile
import Foundation

/// Which days are working days in mainland China: Monday to Friday, except public holidays (休),
/// plus the make-up working days (调休, 班) that fall on a weekend. Read from the data file
/// `calendar-cn.tsv` (written by `scripts/gen-calendar`, editable by hand).
public struct WorkingDayCalendar: Sendable, Equatable {
    /// Public holidays and their names (春节, 国庆节, …).
    public private(set) var holidays: [LocalDate: String]
    /// Make-up working days (调休) and the holiday they belong to.
    public private(set) var makeUpWorkdays: [LocalDate: String]
    /// The years the file lists at least one date for.
    public private(set) var coveredYears: Set<Int>

    /// What kind of day a date is, with the holiday's name where there is one.
    public enum DayKind: Sendable, Equatable {
        case working
        case weekend
        case holiday(String)
        case makeUpWorkday(String)

        public var isWorking: Bool {
            switch self {
            case .working, .makeUpWorkday: return true
            case .weekend, .holiday: return false
            }
        }
    }

    public init(holidays: [LocalDate: String] = [:], makeUpWorkdays: [LocalDate: String] = [:]) {
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
        self.coveredYears = Set(holidays.keys.map(\.year)).union(makeUpWorkdays.keys.map(\.year))
    }

    // MARK: - Reading the file

    /// The calendar shipped with the program (`Resources/calendar-cn.tsv`).
    public static func bundled() throws(DataFileError) -> WorkingDayCalendar {
        let name = "calendar-cn.tsv"
        let text = try BundledText.read("calendar-cn", "tsv")
        return try parse(text, file: name)
    }

    /// The calendar in `text`: lines "date<TAB>kind<TAB>name", kind 休 or 班; `#` starts a comment.
    public static func parse(_ text: String, file: String) throws(DataFileError) -> WorkingDayCalendar {
        var holidays: [LocalDate: String] = [:]
        var makeUp: [LocalDate: String] = [:]
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            let fail = { (reason: String) in DataFileError(file: file, line: index + 1, reason: reason) }
            guard fields.count >= 2 else { throw fail("每行应为“日期 类型 名称”，如 2026-10-01\t休\t国庆节") }
            guard let date = LocalDate(iso: fields[0]) else { throw fail("日期“\(fields[0])”无效，应写成 2026-10-01") }
            let name = fields.count > 2 ? fields[2...].joined(separator: " ") : ""
            if holidays[date] != nil || makeUp[date] != nil { throw fail("日期 \(date) 重复出现") }
            switch fields[1] {
            case "休": holidays[date] = name
            case "班": makeUp[date] = name
            default: throw fail("类型“\(fields[1])”无效：只能是 休（节假日）或 班（调休上班）")
            }
        }
        return WorkingDayCalendar(holidays: holidays, makeUpWorkdays: makeUp)
    }

    // MARK: - Asking about days

    /// Whether the file lists the holidays of `year` (otherwise only weekends are known).
    public func covers(_ year: Int) -> Bool { coveredYears.contains(year) }

    /// What kind of day `date` is.
    public func kind(of date: LocalDate) -> DayKind {
        if let name = holidays[date] { return .holiday(name) }
        if let name = makeUpWorkdays[date] { return .makeUpWorkday(name) }
        return date.weekday.isWeekend ? .weekend : .working
    }

    public func isWorkingDay(_ date: LocalDate) -> Bool { kind(of: date).isWorking }

    /// The working days from `start` through `end`, both included.
    public func workingDays(from start: LocalDate, through end: LocalDate) -> [LocalDate] {
        guard start <= end else { return [] }
        return (start.dayNumber...end.dayNumber).map(LocalDate.init(dayNumber:)).filter(isWorkingDay)
    }
}
