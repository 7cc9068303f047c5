import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui import patrols FILE.csv`: patrols and their findings, all or nothing, in the name of the person named by `--as`.
struct PatrolImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrols",
        abstract: "导入网格巡查记录：CSV 表头为 日期,巡查人员,片区,楼组,问题类别,位置,问题,处理方式,案件编号或会议号,办结日期,处理结果"
            + "（一行一个问题；日期、巡查人员、片区、楼组相同的相邻行为同一次巡查）"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let text = try ImportFile.read(file)
        do {
            let rows = try PatrolImport.parse(text).get()
            let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: Date()))
            let (db, person) = try ImportSupport.open(database, as: actor, roles: nil, act: "导入网格巡查记录")
            let added = try db.importPatrols(rows, rules: rules, by: person.id, at: Date(), dryRun: dryRun)
            print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added) 次巡查（记在 \(person.name) 名下）")
        } catch let failure as StaffImportFailure {
            try ImportFile.report(failure, file: file)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}

/// `baishihui export patrols --month YYYY-MM`: the month's 网格巡查 by category and zone, text or CSV with a BOM.
struct PatrolExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrols", abstract: "导出一个月的网格巡查月报：可打印的文本（汇总、问题明细、逾期未办结），或按问题类别和片区汇总的 CSV（带 UTF-8 BOM）")

    @Option(help: "月份，如 2026-11") var month: String
    @Option(help: "text 或 csv") var format: String = "text"
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
            let today = ShanghaiCalendar.day(of: Date())
            let sheet = PatrolSheet(patrols: try db.patrols(month: month), month: month, committee: try db.committee()?.name ?? "",
                                    today: today, rules: try RuleBook.bundled().rules(on: min(today, month.lastDay)))
            try ExportOutput.write(try PracticeData.mark(format == "csv" ? sheet.csv : sheet.text, from: db),
                                   format: format == "csv" ? .csv : .text, rows: sheet.patrols.count, to: output, database: database, db: db)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
