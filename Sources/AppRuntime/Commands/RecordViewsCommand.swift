import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui report views [--month YYYY-MM]`: who opened which resident's full details, and
/// when (from the audit log; the details themselves are never logged). Read by the 书记 named
/// with `--as`, whose PIN is checked.
struct RecordViewsReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "views",
        abstract: "查看记录：谁在何时打开过哪户居民、哪条接待或走访记录的详细信息（电话、家庭情况、困难）"
    )

    @Option(help: "月份，如 2026-11（默认全部）") var month: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption
    @OptionGroup var actor: ActorOption

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
        let (db, person) = try ImportSupport.open(database, as: actor, may: .reviewViews)
        let entries = try ImportSupport.reporting("") { try db.recordViews(month: period, by: person.id) }
        try ExportOutput.write(Self.text(entries, month: period), format: .text, to: output, database: database, db: db)
    }

    /// The log as printed: a heading, then one line per look, newest first.
    static func text(_ entries: [RecordViewEntry], month: Month?) -> String {
        let heading = "查看记录" + (month.map { "（\($0)）" } ?? "") + "：共 \(entries.count) 次"
        return ([heading] + entries.map { "\(VisitTime.format($0.at))  \($0.viewer)  \($0.record.label)" })
            .joined(separator: "\n")
    }
}
