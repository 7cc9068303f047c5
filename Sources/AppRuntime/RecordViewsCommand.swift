import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui report views [--month YYYY-MM]`: who opened which resident's full details, and
/// when (from the audit log; the details themselves are never logged). Read in the name of the
/// committee's secretary, as the imports are.
struct RecordViewsReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "views",
        abstract: "查看记录：谁在何时打开过哪户居民、哪条接待或走访记录的详细信息（电话、家庭情况、困难）"
    )

    @Option(help: "月份，如 2026-11（默认全部）") var month: String?
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let period: Month?
        if let month {
            guard let parsed = Month(text: month) else {
                printError("月份应写成 YYYY-MM，如 2026-11")
                throw ExitCode(1)
            }
            period = parsed
        } else {
            period = nil
        }
        let (db, secretary) = try ImportSupport.open(database)
        let entries = try db.recordViews(month: period, by: secretary.id)
        printOut(Self.text(entries, month: period) + "\n")
    }

    /// The log as printed: a heading, then one line per look, newest first.
    static func text(_ entries: [RecordViewEntry], month: Month?) -> String {
        let heading = "查看记录" + (month.map { "（\($0)）" } ?? "") + "：共 \(entries.count) 次"
        return ([heading] + entries.map { "\(VisitTime.format($0.at))  \($0.viewer)  \($0.record.label)" })
            .joined(separator: "\n")
    }
}
