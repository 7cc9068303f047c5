/// Why a data file (a rule set, the holiday calendar, a theme, a keymap, the settings) was
/// refused: the file, the line and the reason, in Chinese, so that the person who edited the
/// file can find the line and fix it.
///
/// The `message` is what the program prints: `themes/x.toml 第 7 行：未知的样式角色 "tab.actve"`.
public struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the caller named it ("putuo-2017.toml", "themes/x.toml"); empty when the
    /// problem is in no file (an unknown theme name).
    public var file: String
    /// The line in that file, counting from 1, when one can be named.
    public var line: Int?
    /// What is wrong, in Chinese.
    public var reason: String

    /// A problem in `file`, at `line` when it is known.
    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// A problem that is in no file, such as a theme name that names no theme: the message is
    /// the reason alone.
    public init(reason: String) {
        self.init(file: "", line: nil, reason: reason)
    }

    // MARK: - The message

    /// File, line and reason in one line for the terminal: "putuo-2017.toml 第 12 行：visits.quota
    /// 应为整数", "x.toml：缺少 [roles] 表", or the reason alone when there is no file.
    public var message: String {
        switch (file.isEmpty, line) {
        case (true, _): return reason
        case let (false, line?): return "\(file) 第 \(line) 行：\(reason)"
        case (false, nil): return "\(file)：\(reason)"
        }
    }

    public var description: String { message }
}
