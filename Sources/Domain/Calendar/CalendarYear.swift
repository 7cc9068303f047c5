import DataFile
import Foundation

/// One line of a calendar file, "2027-01-01<TAB>休<TAB>元旦", with its line number.
public struct CalendarLine: Sendable, Equatable {
    public let number: Int
    public let date: LocalDate
    /// 休 (a public holiday) when true, 班 (a make-up working day) when false.
    public let isHoliday: Bool
    public let name: String

    /// "休" or "班", as the file writes it.
    public var kind: String { isHoliday ? "休" : "班" }

    /// The file's line, written back ("2027-01-01\t休\t元旦").
    public var text: String { "\(date.iso)\t\(kind)\t\(name)" }

    /// The date lines of `text` (`#` comments and blank lines skipped), each checked: a real date, kind 休 or 班.
    static func lines(of text: String, file: String) throws(DataFileError) -> [CalendarLine] {
        var lines: [CalendarLine] = []
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            do throws(InputError) {
                lines.append(try parse(fields, number: index + 1))
            } catch {
                throw DataFileError(file: file, line: index + 1, reason: error.message)
            }
        }
        return lines
    }

    private static func parse(_ fields: [String], number: Int) throws(InputError) -> CalendarLine {
        guard fields.count >= 2 else { throw InputError("每行应为“日期 类型 名称”，如 2026-10-01\t休\t国庆节") }
        guard let date = LocalDate(iso: fields[0]) else { throw InputError("日期“\(fields[0])”无效，应写成 2026-10-01") }
        guard fields[1] == "休" || fields[1] == "班" else {
            throw InputError("类型“\(fields[1])”无效：只能是 休（节假日）或 班（调休上班）")
        }
        let name = fields.count > 2 ? fields[2...].joined(separator: " ") : ""
        return CalendarLine(number: number, date: date, isHoliday: fields[1] == "休", name: name)
    }
}

/// One year's holidays and make-up working days from a file the user adds (`baishihui calendar
/// import`): every date in one year, each date once, and a 班 only on a Saturday or Sunday (a
/// make-up working day on a weekday would change nothing, so it is a typing mistake).
public struct CalendarYear: Sendable, Equatable {
    public let year: Int
    /// The year's days, as a calendar of that year alone.
    public let days: WorkingDayCalendar
    /// The date lines in date order, as the file stored in the config folder writes them.
    public let lines: [CalendarLine]

    /// The year in `text`, or the first mistake with its line; the year is that of the first date.
    public static func parse(_ text: String, file: String) throws(DataFileError) -> CalendarYear {
        let lines = try CalendarLine.lines(of: text, file: file)
        guard let year = lines.first?.date.year else { throw DataFileError(file: file, line: nil, reason: CalendarText.emptyFile) }
        if let other = lines.first(where: { $0.date.year != year }) {
            throw DataFileError(file: file, line: other.number, reason: CalendarText.otherYear(other.date, year: year))
        }
        let days = try WorkingDayCalendar.build(lines, file: file)
        if let weekday = lines.first(where: { !$0.isHoliday && !$0.date.weekday.isWeekend }) {
            throw DataFileError(file: file, line: weekday.number, reason: CalendarText.weekdayMakeUp(weekday.date))
        }
        return CalendarYear(year: year, days: days, lines: lines.sorted { $0.date < $1.date })
    }

    /// The text written to the config folder: a comment saying where it came from, then the lines in date order.
    public func fileText(from source: String, on day: LocalDate) -> String {
        "# \(year) 年节假日安排：\(day.iso) 由 \(CalendarText.importCommand) 从 \(source) 导入\n"
            + lines.map { $0.text + "\n" }.joined()
    }
}
