import ArgumentParser
import DataFile
import Domain
import Foundation

/// `baishihui`: the command line, with the full-screen program as its default subcommand.
public struct BaishihuiCommand: ParsableCommand {
    public static let version = "0.1.0"

    /// `--version`: the version, the rule set in force today and the last year of the holiday calendar.
    static var versionText: String {
        let today = ShanghaiCalendar.day(of: Date())
        let rules = (try? RuleBook.bundled()).map { $0.rules(on: today) }
            .map { "规则集：\($0.id)（\($0.title)，\($0.effective.iso) 起施行）" } ?? "规则集：无法读取"
        let calendar: String
        do throws(DataFileError) {
            calendar = try ProgramCalendar.current().lastCoveredYear.map { "节假日日历：载入到 \($0) 年" } ?? "节假日日历：空"
        } catch {
            calendar = "节假日日历：读取出错（\(error.message)）"
        }
        return "百事汇 \(version)\n\(rules)\n\(calendar)"
    }

    public static let configuration = CommandConfiguration(
        commandName: "baishihui",
        abstract: "百事汇：居委会首问接待、走访、值班、经费与积分卡的终端工作台",
        version: versionText,
        subcommands: [RunCommand.self, InitCommand.self, ImportCommand.self, ExportCommand.self, CheckCommand.self,
                      ReportCommand.self, DrillCommand.self, QuizCommand.self, DemoCommand.self, PracticeCommand.self,
                      BackupCommand.self, RestoreCommand.self, KeyCommand.self, CalendarCommand.self,
                      StreetCommand.self, ConnectCommand.self, SyncCommand.self, KioskCommand.self],
        defaultSubcommand: RunCommand.self
    )

    public init() {}
}

/// `--db PATH`, shared by every subcommand that opens the database.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "数据库文件（默认 $XDG_DATA_HOME/baishihui/baishihui.sqlite）")
    var db: String?

    func path(_ paths: Paths = Paths()) -> String { db ?? paths.defaultDatabase }
}

/// Prints one line to standard error (errors and reports that are not the program's output),
/// with any control character a stored or file-given text carries written visibly (`ControlText`).
func printError(_ line: String) {
    FileHandle.standardError.write(Data((ControlText.visible(line, keepingLineBreaks: true) + "\n").utf8))
}
