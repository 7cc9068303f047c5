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
        try build(try CalendarLine.lines(of: text, file: file), file: file)
    }

    /// The calendar of `lines`, refusing a date written twice (naming both lines, and saying so
    /// when one says 休 and the other 班).
    static func build(_ lines: [CalendarLine], file: String) throws(DataFileError) -> WorkingDayCalendar {
        var holidays: [LocalDate: String] = [:], makeUp: [LocalDate: String] = [:], seen: [LocalDate: CalendarLine] = [:]
        for line in lines {
            if let first = seen[line.date] { throw DataFileError(file: file, line: line.number, reason: CalendarText.twice(line, first)) }
            seen[line.date] = line
            if line.isHoliday { holidays[line.date] = line.name } else { makeUp[line.date] = line.name }
        }
        return WorkingDayCalendar(holidays: holidays, makeUpWorkdays: makeUp)
    }

    /// This calendar with every day of `year.year` taken from `year` (the days it had in that year dropped).
    public func replacing(_ year: CalendarYear) -> WorkingDayCalendar {
        let keep = { (date: LocalDate, _: String) in date.year != year.year }
        return WorkingDayCalendar(holidays: holidays.filter(keep).merging(year.days.holidays) { $1 },
                                  makeUpWorkdays: makeUpWorkdays.filter(keep).merging(year.days.makeUpWorkdays) { $1 })
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
