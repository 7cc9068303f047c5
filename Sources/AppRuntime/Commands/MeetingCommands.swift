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
        let text = try ImportFile.read(file)
        do {
            let rows = try MeetingImport.parse(text).get()
            let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: Date()))
            let (db, person) = try ImportSupport.open(database, as: actor, may: .recordMeetings)
            let added = try db.importMeetings(rows, rules: rules, by: person.id, at: Date(), dryRun: dryRun)
            print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added) 次会议（记在 \(person.name) 名下）")
        } catch let failure as StaffImportFailure {
            try ImportFile.report(failure, file: file)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
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
        guard format == "csv" || format == "text" else {
            printError("格式“\(format)”无效：只能是 csv 或 text")
            throw ExitCode(1)
        }
        do {
            let db = try database.openExisting()
            let minutes = MeetingMinutes(meetings: try db.meetings(year: year), committee: try db.committee()?.name ?? "", year: year,
                                         rules: try RuleBook.bundled().rules(on: LocalDate(year: year, month: 12, day: 31)!))
            try ExportOutput.write(try PracticeData.mark(format == "csv" ? minutes.csv : minutes.text, from: db),
                                   format: format == "csv" ? .csv : .text, rows: minutes.meetings.count, to: output, database: database, db: db)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
