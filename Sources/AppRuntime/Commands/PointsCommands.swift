import AppCore
import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui report points --month YYYY-MM [--format csv|text] [--worker NAME]`: one row a
/// worker with the card's fourteen items and 当月积分合计, from the cards as they stand
/// (signed cards as signed and amended).
struct PointsReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points", abstract: "一个月的积分卡汇总（附件三）：每位社工一行，十四个分项及当月积分合计；CSV（带 BOM）或可打印的文本")

    @Option(help: "月份，如 2026-11") var month: String
    @Option(help: "csv（默认）或 text") var format: String = "csv"
    @Option(help: "只列出这位社工") var worker: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        guard let month = Month(text: month) else { try fail(PointsText.badMonth(self.month)) }
        guard ["csv", "text"].contains(format) else { try fail(PointsText.badFormat(format)) }
        let db = try database.openExisting()
        do {
            let rules = try RuleBook.bundled().rules(on: month.lastDay)
            var workers = try db.pointsMonthCards(month: month, now: Date(), rules: rules)   // one read for every worker
            if let worker {
                workers = workers.filter { $0.worker.name == worker }
                if workers.isEmpty { try fail(PointsText.unknownWorker(worker)) }
            }
            let cards = workers.map { w in (name: w.worker.name, total: CardTotal.of(w.card, rules: rules), rules: rules) }
            let text = format == "csv"
                ? PointsReport.monthCSV(cards.map { PointsReport.monthCells(name: $0.name, total: $0.total, rules: rules) })
                : PointsReport.monthText(committee: try db.committee()?.name ?? "", month: month, cards: cards)
            try ExportOutput.write(text, format: format == "csv" ? .csv : .text, to: output, database: database, db: db)
        } catch let error as StorageError {
            try fail(error.message)
        }
    }
}

/// `baishihui report ranking --year YYYY [--street NAME]`: each worker's yearly total (the sum of
/// the signed months), with the totals imported from the street's other committees, ranked per
/// street office with the top-20% eligibility of the rules.
struct RankingReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ranking", abstract: "年度积分排行榜（积分规则说明 2）：已签名月份的积分合计，按街镇排名（并列同名次），标出前 20% 可参与优秀推荐者")

    @Option(help: "年度，如 2026") var year: Int
    @Option(help: "只列出这个街镇") var street: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let db = try database.openExisting()
        do {
            let ranking = try PointsRanking.load(year: year, from: db)
            let ranked = ranking.offices.filter { street == nil || $0.key == street }
            if ranked.isEmpty { try fail(PointsText.noSigned(year, street)) }
            let text = PointsReport.rankingText(year: year, ranked: ranked, rules: ranking.rules)
            try ExportOutput.write(text, format: .text, to: output, database: database, db: db)
        } catch let error as StorageError {
            try fail(error.message)
        }
    }
}

/// `baishihui import points FILE.csv`: the lines a person enters (`姓名,月份,分项,数量,得分,计分依据`),
/// checked by the same rules as the secretary's form; all rows or none, recorded under the 书记 named by `--as`.
struct PointsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: "导入积分卡手工填写的项目：CSV 表头为 姓名,月份,分项,数量,得分,计分依据（分项为积分卡上的名称；扣分项的计分依据为会议记录）")

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let text = try ImportFile.read(file, encoding: encoding.encoding)
        do {
            let rows = try PointsImport.parse(text).get()
            let (db, person) = try ImportSupport.open(database, as: actor, may: .enterPoints)
            let count = try db.importPoints(rows, rules: { try RuleBook.bundled().rules(on: $0.lastDay) }, by: person.id, at: Date(), dryRun: dryRun)
            print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(count) 项积分（记在 \(person.name) 名下）")
        } catch let failure as StaffImportFailure {
            try ImportFile.report(failure, file: file)
        } catch let error as StorageError {
            try fail(error.message)
        }
    }
}

/// Prints `message` and exits with code 1 (the points commands' one way out on a refusal).
func fail(_ message: String) throws -> Never {
    printError(message)
    throw ExitCode(1)
}
