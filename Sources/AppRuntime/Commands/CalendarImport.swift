import ArgumentParser
import DataFile
import Domain
import Foundation
import ScreenKit

/// Adding a year to the calendar: checked (`CalendarYear.parse`), refused when the year is already
/// loaded unless replacing, then written to `calendar/YYYY.tsv` in the config folder through
/// `ExportFile.write` (mode 0600, a new file unless replacing, never the database).
enum CalendarImport {
    /// Why nothing was written, in Chinese.
    struct Refusal: Error, Equatable {
        let message: String
    }

    /// Adds the year in `text` (read from `source`) and says what was done.
    static func add(_ text: String, from source: String, replace: Bool, dryRun: Bool, paths: Paths,
                    today: LocalDate) throws(Refusal) -> String {
        let year: CalendarYear, known: [CalendarYear], calendar: WorkingDayCalendar
        do throws(DataFileError) {
            year = try CalendarYear.parse(text, file: source)
            known = try ProgramCalendar.userYears(paths)
            calendar = try ProgramCalendar.compose(known)
        } catch {
            throw Refusal(message: error.message + "\n未写入任何数据")
        }
        let origin = CalendarReport.origin(year.year, calendar: calendar, userYears: known, paths: paths)
        if let origin, !replace {
            throw Refusal(message: "\(year.year) 年已载入（\(origin)）；要以此文件取代，加 --replace。未写入任何数据")
        }
        let counts = "休 \(year.days.holidays.count) 天、班 \(year.days.makeUpWorkdays.count) 天"
        if dryRun { return "检查通过：\(year.year) 年 \(counts)（--dry-run，未写入）" }
        let path = ProgramCalendar.file(year: year.year, paths)
        do {
            try FileManager.default.createDirectory(atPath: paths.calendarDirectory, withIntermediateDirectories: true)
        } catch {
            throw Refusal(message: "无法建立 \(paths.calendarDirectory)：\(error.localizedDescription)。未写入任何数据")
        }
        do throws(ExportFile.Refusal) {
            try ExportFile.write(Data(year.fileText(from: source, on: today).utf8), to: path, force: replace,
                                 protected: paths.defaultDatabase)
        } catch {
            throw Refusal(message: error.message)
        }
        let replaced = origin.map { "，取代了\($0)" } ?? ""
        return "已载入 \(year.year) 年：\(counts)\(replaced)。写入 \(path)；随程序提供的日历不变"
    }
}

/// `calendar [--year]`'s text, and where a loaded year came from.
enum CalendarReport {
    /// The value of `body`; a bad calendar file or a refusal is printed in Chinese with exit status 1.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DataFileError {
            try fail(error.message)
        } catch let refusal as CalendarImport.Refusal {
            try fail(refusal.message)
        }
    }

    /// The program's calendar for a command; a bad file in the config folder is printed with its line, exit status 1.
    static func current() throws -> WorkingDayCalendar { try reporting { try ProgramCalendar.current() } }

    /// "导入：PATH" or "随程序提供" for a loaded year; nil when `year` is not loaded.
    static func origin(_ year: Int, calendar: WorkingDayCalendar, userYears: [CalendarYear], paths: Paths) -> String? {
        if userYears.contains(where: { $0.year == year }) { return "导入：\(ProgramCalendar.file(year: year, paths))" }
        return calendar.covers(year) ? "随程序提供" : nil
    }

    /// What the program knows of `year`: its holidays by name, or that it is not loaded and how to add it; then the loaded years.
    static func text(year: Int, paths: Paths) throws(DataFileError) -> String {
        let user = try ProgramCalendar.userYears(paths)
        let calendar = try ProgramCalendar.compose(user)
        let loaded = "已载入的年份：" + loadedYears(calendar, user: Set(user.map(\.year))) + "\n"
        guard let origin = origin(year, calendar: calendar, userYears: user, paths: paths) else {
            return "\(year) 年：未载入节假日安排\n"
                + "  这一年的答复期限、排班和走访预测按周一至周五为工作日计算。\n"
                + "  国务院办公厅公布安排后，写成文件，\(CalendarText.lineShape)：\n"
                + "    \(CalendarText.lineKinds)\n"
                + "  再运行 \(CalendarText.importCommand) 文件（任何人都可运行，不需要角色）。\n" + loaded
        }
        return "\(year) 年：已载入（\(origin)）\n" + holidayLines(year, calendar).joined() + loaded
    }

    /// "  春节          休 02-15 至 02-23（9 天）；班 02-14 周六、02-28 周六": one line a holiday, in date order.
    static func holidayLines(_ year: Int, _ calendar: WorkingDayCalendar) -> [String] {
        let off = calendar.holidays.filter { $0.key.year == year }, on = calendar.makeUpWorkdays.filter { $0.key.year == year }
        let names = (off.merging(on) { a, _ in a }).sorted { $0.key < $1.key }.map(\.value)
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.map { name in
            let days = off.filter { $0.value == name }.keys.sorted(), worked = on.filter { $0.value == name }.keys.sorted()
            let kinds = [days.isEmpty ? nil : "休 " + spans(days).joined(separator: "、"),
                         worked.isEmpty ? nil : "班 " + worked.map { "\($0.iso.dropFirst(5)) \($0.weekday.short)" }.joined(separator: "、")]
            let label = name.isEmpty ? "（未命名）" : name
            return "  " + label + String(repeating: " ", count: max(1, 16 - DisplayWidth.of(label)))
                + kinds.compactMap { $0 }.joined(separator: "；") + "\n"
        } + ["  共 休 \(off.count) 天、班 \(on.count) 天\n"]
    }

    /// "02-15 至 02-23（9 天）" for each run of consecutive days, "10-01" for a single one.
    static func spans(_ days: [LocalDate]) -> [String] {
        var runs: [[LocalDate]] = []
        for day in days {
            if let last = runs.last?.last, day.days(since: last) == 1 { runs[runs.count - 1].append(day) } else { runs.append([day]) }
        }
        return runs.map { run in
            run.count == 1 ? String(run[0].iso.dropFirst(5)) : "\(run[0].iso.dropFirst(5)) 至 \(run.last!.iso.dropFirst(5))（\(run.count) 天）"
        }
    }

    /// "2017–2026 年（随程序提供）、2027 年（导入）".
    static func loadedYears(_ calendar: WorkingDayCalendar, user: Set<Int>) -> String {
        let shipped = calendar.coveredYears.subtracting(user).sorted(), added = user.sorted()
        let parts = [ranges(shipped).map { "\($0) 年（随程序提供）" }, ranges(added).map { "\($0) 年（导入）" }].compactMap { $0 }
        return parts.isEmpty ? "无" : parts.joined(separator: "、")
    }

    /// "2017–2026、2028" for sorted years; nil for none.
    static func ranges(_ years: [Int]) -> String? {
        guard !years.isEmpty else { return nil }
        var runs: [[Int]] = []
        for year in years {
            if let last = runs.last?.last, year == last + 1 { runs[runs.count - 1].append(year) } else { runs.append([year]) }
        }
        return runs.map { $0.count == 1 ? String($0[0]) : "\($0[0])–\($0.last!)" }.joined(separator: "、")
    }
}
