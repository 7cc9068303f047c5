import ArgumentParser
import DataFile
import Domain
import Foundation
import Storage

/// `baishihui export expenses --year 2026`: every expense of the year with its route, the street's
/// review and approval (number and who), its payment and its reversal, as CSV with a BOM: what came
/// back from the street, for the committee's own files.
struct ExportExpensesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expenses",
        abstract: "导出某年的全部支出（CSV，带 BOM）：审批流程、街道审核编号与审核人、街道审批、支付与冲销"
    )

    @Option(help: "年份，如 2026") var year: Int
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    static let header = ["编号", "申请日期", "经费类别", "用途类别", "项目", "金额", "收款方", "用途", "申请人", "本会审批",
                         "街道审核编号", "街道审核人", "街道审核日期", "街道审批编号", "支付日期", "付款凭证号", "冲销日期", "冲销理由"]

    func run() throws {
        try output.refuseUnwritable(database)
        let db = try database.openExisting()
        let rules = try streetRules()
        let book: FundsBook
        do { book = try db.fundsBook(year: year, rules: rules) } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
        let rows = book.records.map(Self.row)
        try ExportOutput.write(CSVText.document([Self.header] + rows), format: .csv, rows: rows.count, to: output,
                               database: database, db: db)
    }

    private func streetRules() throws -> RuleSet {
        do { return try FundsEffects.rules(on: LocalDate(year: year, month: 12, day: 31) ?? ShanghaiCalendar.day(of: Date())) }
        catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }

    /// One expense as a row of `header`.
    static func row(_ r: ExpenseRecord) -> [String] {
        let e = r.expense
        let route = r.decisions.map { "\($0.role.rawValue)\($0.person.name)\($0.approved ? "同意" : "不同意")\($0.date.iso)" }
        return [String(e.id), e.date.iso, e.fund.title, e.category.title, r.project, Money.yuan(e.amount), e.payee, e.purpose,
                r.requester.name, route.joined(separator: "；"), r.review?.reference ?? "", r.review?.reviewer ?? "",
                r.review?.date.iso ?? "", r.review?.approval?.reference ?? "", r.payment?.date.iso ?? "",
                r.payment?.voucher ?? "", r.reversal?.date.iso ?? "", r.reversal?.reason ?? ""]
    }
}
