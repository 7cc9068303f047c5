import ArgumentParser
import Demo
import Domain
import Foundation
import Storage

/// `baishihui practice`: the trainer's commands for the practice sandbox.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "练习沙盒（练习模式的数据库）",
        subcommands: [PracticeResetCommand.self]
    )
}

/// `baishihui practice reset`: the sandbox back to a fresh copy of the demo data.
struct PracticeResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "把练习沙盒重置为一份新的演示数据（练习中录入的内容全部丢弃；真实数据库不受影响）"
    )

    @Option(help: "练习沙盒文件（默认 $XDG_STATE_HOME/baishihui/practice.sqlite；不能是真实数据库）") var db: String?

    func run() throws {
        do {
            let path = try PracticeSandbox.resolve(requested: db)
            try PracticeSandbox.rebuild(at: path, settings: PracticeSandbox.settings(asOf: ShanghaiCalendar.day(of: Date())))
            print(PracticeText.rebuilt(path))
            print(DemoCommand.logins(DemoCommitteePlan.all(for: .committee)[0].committee))
        } catch let refusal as PracticeSandbox.Refusal {
            printError(refusal.message)
            throw ExitCode(1)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
