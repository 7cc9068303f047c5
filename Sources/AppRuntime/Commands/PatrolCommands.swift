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
        try SheetCommands.importRows(file, parse: PatrolImport.parse, database: database, actor: actor, roles: nil,
                                     act: "导入网格巡查记录", noun: "次巡查", dryRun: dryRun) { db, rows, rules, person in
            try db.importPatrols(rows, rules: rules, by: person.id, at: Date(), dryRun: dryRun)
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
        let month = try SheetCommands.month(month)
        let format = try SheetCommands.format(format)
        try SheetCommands.write(database, output, format: format) { db in
            let today = ShanghaiCalendar.day(of: Date())
            let sheet = PatrolSheet(patrols: try db.patrols(month: month), month: month, committee: try db.committee()?.name ?? "",
                                    today: today, rules: try RuleBook.bundled().rules(on: min(today, month.lastDay)))
            return (sheet.csv, sheet.text, sheet.patrols.count)
        }
    }
}
