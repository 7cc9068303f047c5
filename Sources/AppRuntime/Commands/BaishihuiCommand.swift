import ArgumentParser
import DataFile
import Foundation

/// `baishihui`: the command line, with the full-screen program as its default subcommand.
public struct BaishihuiCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "baishihui",
        abstract: "百事汇：居委会首问接待、走访、值班、经费与积分卡的终端工作台",
        version: version,
        subcommands: [RunCommand.self, InitCommand.self, ImportCommand.self, ExportCommand.self, CheckCommand.self,
                      ReportCommand.self, DrillCommand.self, QuizCommand.self, DemoCommand.self, PracticeCommand.self,
                      BackupCommand.self, RestoreCommand.self, KeyCommand.self, KioskCommand.self],
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
