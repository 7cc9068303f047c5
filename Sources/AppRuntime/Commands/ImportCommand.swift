import ArgumentParser
import DataFile
import Domain
import Foundation
import Storage

/// `baishihui import`: bulk imports, each all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "批量导入（全部成功才写入）",
        subcommands: [StaffImportCommand.self, HouseholdImportCommand.self, VisitImportCommand.self,
                      PolicyImportCommand.self, ExpenseImportCommand.self, ShiftImportCommand.self,
                      PointsImportCommand.self, PointsTotalsImportCommand.self, ReceptionImportCommand.self,
                      OnlineReplyImportCommand.self]
    )
}

/// `baishihui import staff FILE.csv`: people from a CSV with the header 姓名,角色,片区.
struct StaffImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "导入人员：CSV 表头为 姓名,角色,片区（角色以、分隔，片区可空）；导入的人员首次登录时设置 PIN"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let text = try ImportFile.read(file, encoding: encoding.encoding)
        let rows: [StaffImport.Row]
        switch StaffImport.parse(text) {
        case .success(let parsed): rows = parsed
        case .failure(let failure): return try report(failure)
        }
        let (db, person) = try ImportSupport.open(database, as: actor, may: .managePeople)
        do {
            let added = try db.importStaff(rows, by: person.id, at: Date(), dryRun: dryRun)
            print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added.count) 人（记在 \(person.name) 名下）")
        } catch let failure as StaffImportFailure {
            try report(failure)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }

    private func report(_ failure: StaffImportFailure) throws {
        try ImportFile.report(failure, file: file)
    }
}

/// `--encoding gb18030`: an import file a Chinese Excel or WPS saved as plain "CSV (逗号分隔)".
struct EncodingOption: ParsableArguments {
    @Option(name: .long, help: "文件编码：utf-8（默认）或 gb18030（中文 Excel/WPS 另存为“CSV（逗号分隔）”时的编码，gbk 亦可）",
            transform: { name in
                guard let encoding = CSVEncoding(name: name) else { throw ValidationError("不认识的编码“\(name)”：可用 utf-8 或 gb18030") }
                return encoding
            })
    var encoding: CSVEncoding = .utf8
}

/// Reading an import file and reporting its problems, the same for every import.
enum ImportFile {
    /// The UTF-8 text of `file` (its BOM dropped, and the chain head an export ends with), or exit 1
    /// with a Chinese message naming the line where it stops being UTF-8 (a GB18030 file is
    /// recognised and sent back: `CSVBytes`).
    static func read(_ file: String, encoding: CSVEncoding = .utf8) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("无法读取文件：\(file)")
            throw ExitCode(1)
        }
        switch CSVBytes.text(data, file: file, encoding: encoding) {
        case .success(let text):
            try PracticeData.refuseIfMarked(text)
            return ChainFooter.strip(text)
        case .failure(let error):
            printError(error.message)
            throw ExitCode(1)
        }
    }

    /// One line per problem (`FILE 第 N 行：reason`), the count, and exit 1: nothing was written.
    static func report(_ failure: StaffImportFailure, file: String) throws -> Never {
        for problem in failure.problems { printError("\(file) 第 \(problem.line) 行：\(problem.message)") }
        printError("共 \(failure.problems.count) 处错误，未写入任何数据")
        throw ExitCode(1)
    }
}
