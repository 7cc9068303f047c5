/// Why the full-screen interface could not start; the caller prints `message` and exits with code 2.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, no terminal at all).
    case notATerminal
    /// Terminfo has no entry for `TERM` (or `TERM` is unset, then the name is empty).
    case unknownTerminal(String)
    /// The terminal is known but cannot move its cursor (`dumb`, a printing terminal).
    case unsupportedTerminal(String)
    /// Neither the environment's locale nor any UTF-8 fallback could be set.
    case noUTF8Locale

    /// One line, Chinese then English, for a person reading the shell.
    public var message: String {
        switch self {
        case .notATerminal:
            return "无法打开终端：标准输入或输出不是终端 (not a terminal: stdin and stdout must be a tty)"
        case .unknownTerminal(let name) where name.isEmpty:
            return "无法打开终端：未设置终端类型 TERM (TERM is not set)"
        case .unknownTerminal(let name):
            return "无法打开终端：未知的终端类型 TERM=\(name) (unknown terminal type)"
        case .unsupportedTerminal(let name):
            return "无法打开终端：终端 TERM=\(name) 不能移动光标，无法全屏显示 (terminal cannot address the cursor)"
        case .noUTF8Locale:
            return "无法打开终端：系统没有可用的 UTF-8 区域设置，中文无法显示 (no UTF-8 locale, not even C.UTF-8)"
        }
    }

    public var description: String { message }

    /// The exit code for any of these: the program was started where it cannot run.
    public static let exitCode: Int32 = 2
}
