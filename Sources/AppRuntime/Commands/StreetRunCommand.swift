import AppCore
import ArgumentParser
import DataFile
import Foundation
import ScreenKit
import StreetStorage
import TerminalBackend

/// `baishihui street run --server URL` (also `baishihui --server URL`): the street office's own
/// full-screen program (issue 21), logged into the street's server as one of its people.
struct StreetRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "打开街道的全屏界面：以街道人员登录，审核超过限额的支出，查看各居委会专账"
    )

    @OptionGroup var server: ServerOption
    @Option(help: "主题名称（default、high-contrast、mono）或主题文件路径") var theme: String?
    @Flag(help: "不使用颜色（也可设环境变量 NO_COLOR）") var noColor = false

    func run() throws {
        try StreetProgram.run(address: try server.address(), theme: theme, noColor: noColor)
    }
}

/// Starts the street program on a terminal: the same theme, config and keys as the committee's.
enum StreetProgram {
    static func run(address: ServerAddress, theme: String?, noColor: Bool) throws {
        let paths = Paths()
        let (resolved, keymap, config) = try settings(paths, theme: theme, noColor: noColor)
        Terminal.installSignalFlags()
        let terminal: Terminal
        do {
            terminal = try Terminal.start(theme: resolved, monochrome: try? BuiltinThemes.theme(named: Theme.monochromeName),
                                          mouse: false)
        } catch {
            printError(error.message)
            throw ExitCode(2)
        }
        var state = StreetState(width: terminal.size.width, height: terminal.size.height, now: Date(), keymap: keymap)
        state.idleLockSeconds = config.idleLockSeconds
        var loop = StreetScreenLoop(state: state, effects: StreetScreenEffects(address: address), terminal: terminal)
        let signal = loop.run()
        terminal.stop()
        if let signal { throw ExitCode(128 + signal) }
    }

    /// The theme, the config and the keys (the committee's keymap.toml and the street's street-keymap.toml).
    static func settings(_ paths: Paths, theme: String?, noColor: Bool) throws -> (Theme, Keymap, Config) {
        do throws(DataFileError) {
            let config = try Config.load(path: paths.configFile)
            let resolved = try Theme.resolve(nameOrPath: theme ?? config.theme, configDirectory: paths.configDirectory,
                                             noColor: noColor || paths.noColor)
            let keymap = try StreetKeymap.load(committeeFile: paths.keymapFile,
                                               streetFile: paths.configDirectory + "/street-keymap.toml")
            return (resolved, keymap, config)
        } catch {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
