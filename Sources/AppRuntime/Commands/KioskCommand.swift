import AppCore
import ArgumentParser
import DataFile
import Domain
import Foundation
import ScreenKit
import Storage
import TerminalBackend

/// `baishihui kiosk`: the residents' touch screen (电子触摸屏, 实施意见 二(六)) on the committee's database.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "居民电子触摸屏：社区概况、社区动态、社区信息、办事指南、预约和评价（无需登录）",
        discussion: """
        触摸屏上的点按以鼠标点击送达（SGR 1006），按键也都能用。居民无法退出：Ctrl-C、F10、q 都不起作用；\
        工作人员按 Ctrl-X（可在 kiosk-keymap.toml 中改）再输入书记的 PIN 退出。60 秒无人操作回到首页并清除输入。
        """
    )

    @OptionGroup var database: DatabaseOption
    @Option(help: "主题名称（default、high-contrast、mono）或主题文件路径") var theme: String?

    func run() throws {
        let paths = Paths()
        let (resolved, keymap, config) = try settings(paths)
        let db: AppDatabase
        do {
            db = try AppDatabase.open(path: database.path(paths))
        } catch {
            printError("无法打开数据库 \(database.path(paths))：\(StorageError.explain(error))")
            throw ExitCode(1)
        }
        Terminal.installSignalFlags()
        let terminal: Terminal
        do {
            terminal = try Terminal.start(theme: resolved, monochrome: try? BuiltinThemes.theme(named: Theme.monochromeName),
                                          mouse: config.mouse)
        } catch {
            printError(error.message)
            throw ExitCode(2)
        }
        let state = KioskState(width: terminal.size.width, height: terminal.size.height, now: Date(), keymap: keymap)
        var loop = KioskLoop(state: state, effects: KioskEffects(store: db), terminal: terminal)
        let signal = loop.run()
        terminal.stop()
        if let signal { throw ExitCode(128 + signal) }
    }

    private func settings(_ paths: Paths) throws -> (Theme, Keymap, Config) {
        do throws(DataFileError) {
            let config = try Config.load(path: paths.configFile)
            let resolved = try Theme.resolve(nameOrPath: theme ?? config.theme, configDirectory: paths.configDirectory,
                                             noColor: paths.noColor)
            return (resolved, try KioskKeymap.load(userFile: paths.configDirectory + "/kiosk-keymap.toml"), config)
        } catch {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
