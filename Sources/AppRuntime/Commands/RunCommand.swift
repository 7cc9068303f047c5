import AppCore
import ArgumentParser
import DataFile
import Domain
import Foundation
import ScreenKit
import Storage
import StreetStorage
import TerminalBackend

/// The full-screen program on a database: the default when `baishihui` is run without a subcommand.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "打开全屏界面（默认）")

    @OptionGroup var database: DatabaseOption
    @Option(help: "主题名称（default、high-contrast、mono）或主题文件路径") var theme: String?
    @Flag(help: "不使用颜色（也可设环境变量 NO_COLOR）") var noColor = false
    @Flag(help: "练习模式：打开练习沙盒（$XDG_STATE_HOME/baishihui/practice.sqlite，首次使用时由演示数据生成），不碰真实数据库")
    var practice = false
    @Option(help: "街道服务器（postgresql://…）：打开街道的全屏界面，而不是居委会的（同 baishihui street run --server URL）")
    var server: String?

    func run() throws {
        if let server {
            return try StreetProgram.run(address: try streetCall { try ServerAddress.parse(server) }, theme: theme, noColor: noColor)
        }
        let paths = Paths()
        let (theme, keymap, config) = try settings(paths)
        let calendar = try CalendarReport.current()
        let db: AppDatabase
        do {
            db = try practice ? openPractice(paths) : AppDatabase.open(path: database.path(paths))
        } catch let refusal as PracticeSandbox.Refusal {
            printError(refusal.message)
            throw ExitCode(1)
        } catch {
            printError("无法打开数据库 \(database.path(paths))：\(StorageError.explain(error))")
            throw ExitCode(1)
        }
        DailyBackup.keep(db, paths: paths)
        Terminal.installSignalFlags()
        let terminal: Terminal
        do {
            terminal = try Terminal.start(theme: theme, monochrome: try? BuiltinThemes.theme(named: Theme.monochromeName),
                                          mouse: config.mouse)
        } catch {
            printError(error.message)
            throw ExitCode(2)
        }
        BusyNotice(terminal: terminal).watch(db)
        let size = terminal.size
        var state = AppState(width: size.width, height: size.height, now: Date(), keymap: keymap, calendar: calendar)
        if let notice = CalendarNotice.atStart(calendar, today: ShanghaiCalendar.day(of: state.now), paths: paths) {
            state.message = .init(notice, .warning)
        }
        state.drafts.idleLockSeconds = config.idleLockSeconds
        var runner = EffectRunner(database: db)
        if practice { PracticeSandbox.mark(&state) }
        runner.isPractice = practice
        var loop = RunLoop(state: state, runner: runner, terminal: terminal)
        if !practice { loop.streetSync = BackgroundSync.start(db: db, path: database.path(paths)) }
        let signal = loop.run()
        terminal.stop()
        if let signal { throw ExitCode(128 + signal) }
    }

    /// The practice sandbox (never the real database), made from demo data on first use.
    private func openPractice(_ paths: Paths) throws -> AppDatabase {
        let path = try PracticeSandbox.resolve(requested: database.db, paths: paths)
        if !FileManager.default.fileExists(atPath: path) { printError("正在生成练习数据：\(path)") }
        return try PracticeSandbox.open(path: path, today: ShanghaiCalendar.day(of: Date()))
    }

    /// The theme and keymap from the options, the config file and the user's files; a bad file stops here with its line.
    private func settings(_ paths: Paths) throws -> (Theme, Keymap, Config) {
        do throws(DataFileError) {
            let config = try Config.load(path: paths.configFile)
            let theme = try Theme.resolve(nameOrPath: theme ?? config.theme, configDirectory: paths.configDirectory,
                                          noColor: noColor || paths.noColor)
            return (theme, try AppKeymap.load(userFile: paths.keymapFile), config)
        } catch {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
