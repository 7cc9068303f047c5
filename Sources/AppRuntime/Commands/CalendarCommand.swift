import ArgumentParser
import DataFile
import Domain
import Foundation
import ScreenKit

/// `baishihui calendar`: what the program knows of a year's holidays, and adding a year from a file.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "节假日日历：查看某年的放假与调休安排，或导入新一年的安排",
        discussion: """
        随程序提供的日历到 \((try? WorkingDayCalendar.bundled())?.lastCoveredYear.map(String.init) ?? "?") 年；\
        新一年的安排由国务院办公厅公布后，\(CalendarText.lineFormat)，写成文本文件，用 calendar import 载入。
        导入的年份存于配置目录的 calendar/（$XDG_CONFIG_HOME/baishihui/calendar/年份.tsv），随程序提供的文件不变。
        日历是本账户的配置（如 config.toml），不是居委会的数据，所以任何人都可导入（本程序的做法）。
        """,
        subcommands: [CalendarShowCommand.self, CalendarImportCommand.self], defaultSubcommand: CalendarShowCommand.self)
}

/// `calendar [--year 2027]`: the year's holidays (休) and make-up working days (班), or that it is not loaded.
struct CalendarShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "某年的放假与调休安排，以及是否已载入")

    @Option(help: "年份（默认今年）") var year: Int?

    func run() throws {
        let paths = Paths()
        let text = try CalendarReport.reporting {
            try CalendarReport.text(year: year ?? ShanghaiCalendar.day(of: Date()).year, paths: paths)
        }
        print(text, terminator: "")
    }
}

/// `calendar import FILE [--replace] [--dry-run]`: adds the year in FILE to the config folder.
struct CalendarImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "从文件载入一年的放假与调休安排（不必重新编译）",
        discussion: """
        \(CalendarText.lineFormat)；# 开头的行是注释。文件中的日期须在同一年，同一天不能既是休又是班，\
        班只用于周六、周日。已载入的年份（随程序提供或已导入）须加 --replace 才以此文件取代。
        """)

    @Argument(help: "日历文件（UTF-8）") var file: String
    @Flag(help: "取代已载入的同一年（国务院办公厅调整了安排时）") var replace = false
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let text = try ImportFile.read(file)
        let summary = try CalendarReport.reporting {
            try CalendarImport.add(text, from: file, replace: replace, dryRun: dryRun, paths: Paths(),
                                   today: ShanghaiCalendar.day(of: Date()))
        }
        print(summary)
    }
}
