import DataFile
import Domain
import Foundation

/// The program's working-day calendar, the one loader every part of the program asks: the shipped
/// file (`calendar-cn.tsv`) and the years the user added to the config folder
/// (`calendar/YYYY.tsv`, by `baishihui calendar import`), a user's year taking the place of the
/// shipped one. Read once a run.
public enum ProgramCalendar {
    /// Where an added year is kept.
    public static func file(year: Int, _ paths: Paths) -> String { paths.calendarDirectory + "/\(year).tsv" }

    /// The years the user added, each checked as on import and named for its own year; other files are not read.
    public static func userYears(_ paths: Paths) throws(DataFileError) -> [CalendarYear] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: paths.calendarDirectory)) ?? []
        var years: [CalendarYear] = []
        for name in names.sorted() {
            guard let year = yearOfName(name) else { continue }
            let path = paths.calendarDirectory + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw DataFileError(file: path, line: nil, reason: "无法以 UTF-8 读取")
            }
            let parsed = try CalendarYear.parse(text, file: path)
            guard parsed.year == year else {
                throw DataFileError(file: path, line: nil, reason: "文件名是 \(year) 年，内容却是 \(parsed.year) 年")
            }
            years.append(parsed)
        }
        return years
    }

    /// 2027 for "2027.tsv"; nil for any other name.
    static func yearOfName(_ name: String) -> Int? {
        guard name.hasSuffix(".tsv"), name.count == 8, let year = Int(name.prefix(4)), year >= 1000 else { return nil }
        return year
    }

    /// The shipped calendar with the user's years in place of its own.
    public static func load(_ paths: Paths) throws(DataFileError) -> WorkingDayCalendar { try compose(try userYears(paths)) }

    /// The shipped calendar with `years` in place of its own.
    static func compose(_ years: [CalendarYear]) throws(DataFileError) -> WorkingDayCalendar {
        years.reduce(try WorkingDayCalendar.bundled()) { $0.replacing($1) }
    }

    private static let loaded = Result { () throws(DataFileError) -> WorkingDayCalendar in try load(Paths()) }

    /// The calendar of this run (`load` of the process's own paths, read the first time it is asked).
    public static func current() throws(DataFileError) -> WorkingDayCalendar { try loaded.get() }
}

/// The first start of a day of the full-screen program, from 1 December, says when next year's
/// holidays are not loaded (`WorkingDayCalendar.nextYearNotice`): once a day, remembered by the
/// day written in the state folder (`calendar-notice`), never a stop.
public enum CalendarNotice {
    /// The notice to show at this start, or nil: none due, or already shown today (the day is then noted).
    public static func atStart(_ calendar: WorkingDayCalendar, today: LocalDate, paths: Paths) -> String? {
        guard let notice = calendar.nextYearNotice(today: today) else { return nil }
        let stamp = paths.stateDirectory + "/calendar-notice"
        if (try? String(contentsOfFile: stamp, encoding: .utf8)) == today.iso { return nil }
        try? FileManager.default.createDirectory(atPath: paths.stateDirectory, withIntermediateDirectories: true)
        try? today.iso.write(toFile: stamp, atomically: true, encoding: .utf8)
        return notice
    }
}
