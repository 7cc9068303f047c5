import DataFile
import AppCore
import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui export`: records out of the database, for Excel or for print.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出记录",
        subcommands: [ExportVisitsCommand.self, PolicyExportCommand.self, RosterExportCommand.self, PointsTotalsExportCommand.self, ExportExpensesCommand.self,
                      ExportReceptionsCommand.self, ExportQuizResultsCommand.self, MeetingExportCommand.self, PatrolExportCommand.self]
    )
}

/// `baishihui export visits --month YYYY-MM [--worker NAME]`: a month's visits as CSV with a UTF-8 BOM;
/// `baishihui export visits --id N`: one visit as the printable text of the paper form.
struct ExportVisitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visits",
        abstract: "导出走访记录：--month 导出某月记录为 CSV（带 BOM，Excel 可直接打开；表头与导入相同）；"
            + "--id 输出一条记录的打印文本（居民区走访记录样张格式）"
    )

    @Option(help: "月份，如 2026-11") var month: String?
    @Option(help: "只导出此走访人的记录（与 --month 同用）") var worker: String?
    @Option(help: "走访记录编号：按纸质《居民区走访记录》样张输出可打印的文本") var id: Int64?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption
    @OptionGroup var actor: ActorOption

    func validate() throws {
        if (month == nil) == (id == nil) { throw ValidationError("请给出 --month YYYY-MM 或 --id N 之一") }
        if id != nil && worker != nil { throw ValidationError("--worker 只能与 --month 同用") }
    }

    func run() throws {
        try output.refuseUnwritable(database)
        if let id { return try printSheet(id) }
        guard let text = self.month, let month = Month(text: text) else {
            printError("月份应写作 YYYY-MM，如 2026-11：“\(self.month ?? "")”")
            throw ExitCode(1)
        }
        let (db, person) = try ImportSupport.open(database, as: actor, roles: nil, act: "导出走访记录")
        var visits = try db.visits(in: month).reversed().map { $0 }
        if let worker {
            guard try db.people(includeInactive: true).contains(where: { $0.name == worker }) else {
                printError("走访人“\(worker)”不在人员名单中")
                throw ExitCode(1)
            }
            visits = visits.filter { $0.workerName == worker }
        }
        try PersonalExport.write(VisitCSV.text(visits), format: .csv, what: "visits", rows: visits.count, by: person,
                                 db: db, output: output, database: database)
    }

    /// Prints visit `id` in the layout of the paper form.
    private func printSheet(_ id: Int64) throws {
        let (db, person) = try ImportSupport.open(database, as: actor, roles: nil, act: "打印走访记录")
        let versions = try ImportSupport.reporting("") { try db.visitVersions(of: id) }
        guard let record = versions.first(where: { $0.id == id }) else { throw ExitCode(1) }
        try PersonalExport.write(VisitSheet.text(record, history: versions), format: .text, what: "visit-sheet", rows: 1,
                                 by: person, db: db, output: output, database: database)
    }
}

/// A list of visits as CSV text, starting with a UTF-8 BOM and the import's header.
enum VisitCSV {
    static func text(_ visits: [VisitRecord]) -> String {
        let lines = [VisitImport.header] + visits.map { v in
            [VisitTime.format(v.at), v.workerName, v.residentName, v.room, v.members, v.reason, v.difficulty, v.remark, v.kind.title]
        }
        return CSVText.document(lines)
    }
}
