import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui import shifts FILE.csv`: a roster with its sign-ins, all or nothing, as the 书记 or 主任 named by `--as`.
struct ShiftImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shifts",
        abstract: "导入值班表：CSV 表头为 日期,开始时间,结束时间,班次类型,值班人,签到时间,签退时间（时间 HH:MM，签到为空表示未签到）"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let text = try ImportFile.read(file, encoding: encoding.encoding)
        do {
            let rows = try ShiftImport.parse(text).get()
            let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: Date()))
            let (db, person) = try ImportSupport.open(database, as: actor, roles: Set(rules.duty.approvers), act: "导入值班表")
            let added = try db.importShifts(rows, rules: rules, by: person.id, at: Date(), dryRun: dryRun)
            print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added) 个班次（记在 \(person.name) 名下）")
        } catch let failure as StaffImportFailure {
            try ImportFile.report(failure, file: file)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}


/// `baishihui export roster --month YYYY-MM`: the month's sign-in sheet (值班签到表).
struct RosterExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster", abstract: "导出一个月的值班签到表：CSV（带 UTF-8 BOM，可用 Excel 打开）或可打印的文本")

    @Option(help: "月份，如 2026-11") var month: String
    @Option(help: "csv 或 text") var format: String = "csv"
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        guard let month = Month(text: month) else {
            printError("月份“\(month)”无效，应写成 YYYY-MM")
            throw ExitCode(1)
        }
        guard format == "csv" || format == "text" else {
            printError("格式“\(format)”无效：只能是 csv 或 text")
            throw ExitCode(1)
        }
        do {
            let db = try database.openExisting()
            let sheet = RosterSheet(roster: try db.dutyRoster(month), committee: try db.committee()?.name ?? "",
                                    rules: try RuleBook.bundled().rules(on: month.lastDay), now: Date())
            try ExportOutput.write(try PracticeData.mark(format == "csv" ? sheet.csv : sheet.text, from: db),
                                   format: format == "csv" ? .csv : .text, rows: sheet.lines.count, to: output, database: database, db: db)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
