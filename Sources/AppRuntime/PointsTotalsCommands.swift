import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui export points --year YYYY`: this committee's signed yearly totals, one worker a row,
/// as a CSV with a BOM and a SHA-256 of its rows, for the street office's ranking.
struct PointsTotalsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: "导出本居委会年度积分（已签名月份之和），CSV（带 BOM），末行为各行的 SHA-256 校验值，供街镇汇总排行榜")

    @Option(help: "年度，如 2026") var year: Int
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let db = try database.openExisting()
        do {
            let totals = try db.pointsYearTotals(year: year, rules: { try DutyData.rules(on: $0.lastDay) })
            if totals.isEmpty { try fail(PointsCommandText.noSigned(year, nil)) }
            let text = try PracticeData.mark(PointsTotalsFile.text(totals), from: db)
            try ExportOutput.write(text, format: .csv, to: output, database: database, db: db)
        } catch let error as StorageError {
            try fail(error.message)
        }
    }
}

/// `baishihui import points-totals FILE.csv`: another committee's exported totals, refused when
/// the SHA-256 does not match its rows; all rows or none.
struct PointsTotalsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points-totals",
        abstract: "导入其他居委会导出的年度积分（export points 生成的文件）；SHA-256 校验值不符的文件一律拒绝")

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        let text = try ImportFile.read(file)
        do {
            let totals = try PointsTotalsFile.parse(text).get()
            let (db, person) = try ImportSupport.open(database, as: actor, act: "导入其他居委会的年度积分")
            let count = try db.importPointsTotals(totals, fileSHA256: PointsTotalsFile.declaredChecksum(text), by: person.id, at: Date())
            print("已导入 \(count) 位社工的年度积分（\(Set(totals.map(\.committee)).sorted().joined(separator: "、"))）")
        } catch let failure as StaffImportFailure {
            try ImportFile.report(failure, file: file)
        } catch let error as StorageError {
            try fail(error.message)
        }
    }
}
