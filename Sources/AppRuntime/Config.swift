import DataFile
import Foundation
import TOMLKit

/// The user's settings file, `config.toml` under the config directory; every key is optional.
public struct Config: Equatable, Sendable {
    /// A theme name or path, used when `--theme` is not given.
    public var theme: String?

    public init(theme: String? = nil) { self.theme = theme }

    /// Reads the file if it exists; an unknown key or a wrong type is an error naming the file and line.
    public static func load(path: String) throws(DataFileError) -> Config {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Config() }
        return try parse(text, file: path)
    }

    /// The settings in `text`; `file` names it in error messages.
    public static func parse(_ text: String, file: String) throws(DataFileError) -> Config {
        let source = try TOMLSource(text, file: file)
        var config = Config()
        for key in source.orderedKeys(of: source.root, at: []) {
            switch key {
            case "theme":
                guard let theme = source.root[key]?.string else { throw source.problem("theme 须为字符串", at: [key]) }
                config.theme = theme
            default:
                throw source.problem("未知的设置项“\(key)”（可用：theme）", at: [key])
            }
        }
        return config
    }
}
