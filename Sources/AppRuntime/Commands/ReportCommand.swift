import ArgumentParser
import AppCore
import Domain
import Foundation
import Storage

/// `baishihui report`: reports for print or for posting.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "生成报告（可打印的文本或 CSV）",
        subcommands: [FundsReportCommand.self, PointsReportCommand.self, RankingReportCommand.self,
                      RecordViewsReportCommand.self, SatisfactionReportCommand.self]
    )
}

/// `baishihui report funds --quarter YYYY-Qn | --half YYYY-Hn | --year YYYY [--public] [--format text|csv]`:
/// the disclosure of the funds (附件一 四(一)), from the ledger.
struct FundsReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funds",
        abstract: "经费使用情况报告（附件一 四(一)：每季度对内通报、每半年对外公开、年度报告）：按经费、用途类别和项目汇总支出；"
            + "--public 为对外公开版，收款方登记为个人的显示为“\(PayeeDisclosure.privatePerson)”，未登记单位或个人的显示为“\(PayeeDisclosure.unrecorded)”"
            + "（本程序的做法：按第一次使用时登记的类型，不按名称推断）"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

    @Option(help: "季度，如 2024-Q3") var quarter: String?
    @Option(help: "半年，如 2024-H1") var half: String?
    @Option(help: "年度，如 2024") var year: String?
    @Flag(name: .customLong("public"), help: "对外公开版：不含个人信息") var isPublic = false
    @Option(help: "text（可打印的文本，默认）或 csv（带 BOM，Excel 可直接打开）") var format: Format = .text
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let period = try Self.period(quarter: quarter, half: half, year: year)
        let db = try database.openExisting()
        do {
            let rules = try FundsEffects.rules(on: period.lastDay)
            guard let committee = try db.committee() else { throw StorageError(.notInitialized, FundsText.noCommittee) }
            let report = FundsReport(book: try db.fundsBook(year: period.year, rules: rules), period: period,
                                     isPublic: isPublic, rules: rules)
            let today = ShanghaiCalendar.day(of: Date())
            let text = format == .csv
                ? FundsReportCSV.text(report)
                : FundsReportPage.text(report, committee: committee, made: today, clause: rules.clause(.officeCap))
            try ExportOutput.write(text, format: format == .csv ? .csv : .text, to: output, database: database, db: db)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }

    /// The one period the options name, or a Chinese message and exit code 1.
    static func period(quarter: String?, half: String?, year: String?) throws -> ReportPeriod {
        let given = [(quarter, "Q"), (half, "H"), (year, "")].compactMap { text, letter in text.map { ($0, letter) } }
        guard given.count == 1, let (text, letter) = given.first else {
            printError(FundsText.onePeriod)
            throw ExitCode(1)
        }
        guard let period = ReportPeriod(text: text), String(period.description.dropFirst(5).prefix(1)) == letter else {
            printError(FundsText.badPeriod(text))
            throw ExitCode(1)
        }
        return period
    }
}
