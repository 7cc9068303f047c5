/// A mistake in a data file (a theme or a keymap): which file, which line, and why, in Chinese.
///
/// The `message` is what the program prints: `themes/x.toml 第 7 行：未知的样式角色 "tab.actve"`.
/// `Kind` only keeps the errors of theme files and keymap files apart as types.
public struct DataFileError<Kind: DataFileKind>: Error, Equatable, CustomStringConvertible {
    /// The file as the user named it; nil when the problem is not in a file (an unknown theme name).
    public let file: String?
    /// The line in that file, counting from 1, when it is known.
    public let line: Int?
    /// What is wrong, in Chinese.
    public let reason: String

    public init(file: String?, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    // MARK: - The message

    /// File, line and reason in one line for the terminal.
    public var message: String {
        switch (file, line) {
        case let (file?, line?): return "\(file) 第 \(line) 行：\(reason)"
        case let (file?, nil): return "\(file)：\(reason)"
        default: return reason
        }
    }

    public var description: String { message }
}

// MARK: - The kinds of data file

/// A kind of data file, for telling their errors apart.
public protocol DataFileKind: Sendable {}

/// Theme files (`themes/*.toml`).
public enum ThemeFileKind: DataFileKind {}

/// Keymap files (the shipped keymap and the user's `keymap.toml`).
public enum KeymapFileKind: DataFileKind {}

/// A theme that cannot be used: a mistake in its file, a file that cannot be read, or an unknown name.
public typealias ThemeError = DataFileError<ThemeFileKind>

/// A keymap file that cannot be used: an unknown key name or command, a binding without a
/// command, a TOML syntax error.
public typealias KeymapError = DataFileError<KeymapFileKind>
