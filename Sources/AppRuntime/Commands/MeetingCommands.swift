import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui import meetings FILE.csv`: meetings with their decisions, all or nothing, as the 书记 or 主任 named by `--as`.
struct MeetingImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "导入议事协商会议记录：CSV 表头为 日期,类别,地点,议题,参会人员,列席单位,决定（人员以、分隔，决定以；分隔并按顺序编号）"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        try SheetCommands.importRows(file, parse: MeetingImport.parse, database: database, actor: actor,
                                     roles: Permission.recordMeetings.roles, act: Permission.recordMeetings.act, noun: "次会议",
                                     dryRun: dryRun) { db, rows, rules, person in
            try db.importMeetings(rows, rules: rules, by: person.id, at: Date(), dryRun: dryRun)
        }
    }
}

/// `baishihui export meetings --year YYYY`: the year's minutes, printable text or CSV with a BOM.
struct MeetingExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings", abstract: "导出一年的议事协商会议记录：可打印的文本，或 CSV（带 UTF-8 BOM，表头与导入相同，末列为编号）")

    @Option(help: "年份，如 2026") var year: Int
    @Option(help: "text 或 csv") var format: String = "text"
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        guard (2000...2999).contains(year) else {
            printError("年份“\(year)”无效")
            throw ExitCode(1)
        }
        let format = try SheetCommands.format(format)
        try SheetCommands.write(database, output, format: format) { db in
            let minutes = MeetingMinutes(meetings: try db.meetings(year: year), committee: try db.committee()?.name ?? "", year: year,
                                         rules: try RuleBook.bundled().rules(on: LocalDate(year: year, month: 12, day: 31)!))
            return (minutes.csv, minutes.text, minutes.meetings.count)
        }
    }
}
