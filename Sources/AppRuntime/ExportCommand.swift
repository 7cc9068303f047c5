import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui export`: records out of the database, for Excel or for print.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出记录",
        subcommands: [ExportVisitsCommand.self, PolicyExportCommand.self, RosterExportCommand.self]
    )
}

/// `baishihui export visits --month YYYY-MM [--worker NAME]`: a month's visits as CSV with a UTF-8 BOM.
struct ExportVisitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visits",
        abstract: "导出某月走访记录为 CSV（带 BOM，Excel 可直接打开；表头与导入相同）"
    )

    @Option(help: "月份，如 2026-11") var month: String
    @Option(help: "只导出此走访人的记录") var worker: String?
    @OptionGroup var database: DatabaseOption

    func run() throws {
        guard let month = Month(text: month) else {
            printError("月份应写作 YYYY-MM，如 2026-11：“\(self.month)”")
            throw ExitCode(1)
        }
        let (db, _) = try ImportSupport.open(database)
        var visits = try db.visits(in: month).reversed().map { $0 }
        if let worker {
            guard try db.people(includeInactive: true).contains(where: { $0.name == worker }) else {
                printError("走访人“\(worker)”不在人员名单中")
                throw ExitCode(1)
            }
            visits = visits.filter { $0.workerName == worker }
        }
        FileHandle.standardOutput.write(Data(VisitCSV.text(visits).utf8))
    }
}

/// A list of visits as CSV text, starting with a UTF-8 BOM and the import's header.
enum VisitCSV {
    static func text(_ visits: [VisitRecord]) -> String {
        let lines = [VisitImport.header] + visits.map { v in
            [VisitTime.format(v.at), v.workerName, v.residentName, v.room, v.members, v.reason, v.difficulty, v.remark, v.kind.title]
        }
        return "\u{FEFF}" + lines.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A field quoted when it holds a comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { ",\"\r\n".contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
