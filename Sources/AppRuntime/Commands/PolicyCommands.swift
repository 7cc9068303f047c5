import ArgumentParser
import DataFile
import Domain
import Foundation
import Storage

/// `baishihui import policies FILE`: a district's policy library (TOML), all or nothing.
struct PolicyImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "导入政策资源库：TOML 文件，格式同 export policies 的输出；同名事项被替换，其余新增"
    )

    @Argument(help: "TOML 文件") var file: String
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "删除文件中没有的事项（如程序自带的示例内容）") var replace = false
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            printError(ReceptionText.policyUnreadable(file))
            throw ExitCode(1)
        }
        try PracticeData.refuseIfMarked(text)
        let items: [PolicyItem]
        do {
            items = try PolicyLibraryFile.parse(text, file: file)
        } catch {
            printError(error.message)
            printError(ReceptionText.policyNothingWritten)
            throw ExitCode(1)
        }
        let (db, person) = try ImportSupport.open(database, as: actor, act: "导入政策资源库")
        do {
            let summary = try db.importPolicies(items, replace: replace, by: person.id, at: Date(), dryRun: dryRun)
            print(ReceptionText.policyImported(summary, dryRun: dryRun))
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        } catch {
            printError(ReceptionText.policyRefused("\(error)"))
            throw ExitCode(1)
        }
    }
}

/// `baishihui export policies`: the whole library as TOML on standard output (or `-o FILE`).
struct PolicyExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "导出政策资源库（TOML，可修改后用 import policies 导入）"
    )

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let db = try database.openExisting()
        let policies = try db.policies()
        let text = try PracticeData.mark(PolicyLibraryFile.write(policies), from: db)
        try ExportOutput.write(text, format: .toml, rows: policies.count, to: output, database: database, db: db)
    }
}
