import AppCore
import ArgumentParser
import DataFile
import Domain
import Foundation
import StreetStorage

/// `baishihui street report …`: the street's figures on paper, from the same queries as its screen.
struct StreetReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "街道报表：各居委会专账（与街道界面“专账”页同一查询）",
        subcommands: [StreetBooksReportCommand.self]
    )
}

/// `street report books --year Y [--committee NAME] [--format text|csv]`: each committee's payments
/// per fund, or one committee's ledger; CSV with a BOM.
struct StreetBooksReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "books",
        abstract: "各居委会某年已支出（按经费），或一个居委会的付款明细；预算、计划尚未上报街道，不在其中"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption
    @Option(help: "年份，如 2026") var year: Int
    @Option(help: "只看这个居委会的付款明细") var committee: String?
    @Option(help: "text 或 csv（带 BOM，Excel 可直接打开）") var format: Format = .text

    func run() throws {
        let (actor, year, committee) = (actor, year, committee)
        let rows = try withOffice(try server.address()) { office -> [[String]] in
            _ = try await actor.streetPerson(in: office)
            if let committee { return try await office.ledger(of: committee, year: year).map(StreetBooksReport.ledgerRow) }
            return try await office.books(year: year).map(StreetBooksReport.booksRow)
        }
        let header = committee == nil ? StreetBooksReport.booksHeader : StreetBooksReport.ledgerHeader
        print(format == .csv ? CSVText.document([header] + rows) : StreetBooksReport.text(header, rows, year: year,
                                                                                        committee: committee), terminator: "")
    }
}

/// The rows of `street report books`, as the screen's columns say them.
enum StreetBooksReport {
    static let booksHeader = ["居委会"] + FundKind.allCases.map(\.title) + ["合计", "付款笔数", "最近同步"]
    static let ledgerHeader = ["日期", "类型", "经费", "类别", "用途", "金额", "付款凭证号"]

    static func booksRow(_ b: CommitteeBooks) -> [String] {
        [b.committee] + FundKind.allCases.map { Money.yuan(b.spent[$0] ?? 0) }
            + [Money.yuan(b.total), String(b.entries), StreetScreenText.syncTime(b.lastSync)]
    }

    static func ledgerRow(_ l: StreetLedgerLine) -> [String] {
        [l.date, l.isReversal ? StreetScreenText.reversal : StreetScreenText.payment, l.fund?.title ?? "未知", l.category?.title ?? "", l.purpose, Money.yuan(l.amount),
         l.voucher]
    }

    static func text(_ header: [String], _ rows: [[String]], year: Int, committee: String?) -> String {
        let title = committee.map { "\($0) \(year) 年付款明细" } ?? "\(year) 年各居委会已支出（元）"
        let lines = ([header] + rows).map { $0.joined(separator: "  ") }
        return ([title] + lines + ["说明：" + StreetScreenText.booksNote]).joined(separator: "\n") + "\n"
    }
}
