import Foundation

/// Why a data file (a rule set, the holiday calendar) was refused: the file, the line and the
/// reason, in Chinese, so the person who edited it can find and fix the line.
public struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's name as given by the caller ("putuo-2017.toml").
    public var file: String
    /// The 1-based line, when one can be named.
    public var line: Int?
    /// What is wrong, in Chinese.
    public var reason: String

    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// "putuo-2017.toml 第 12 行：visits.quota 须为正整数".
    public var description: String {
        if let line { return "\(file) 第 \(line) 行：\(reason)" }
        return "\(file)：\(reason)"
    }
}
