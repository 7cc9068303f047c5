import Foundation
import TOMLKit

/// The user's settings file, `config.toml` under the config directory; every key is optional.
public struct Config: Equatable, Sendable {
    /// A theme name or path, used when `--theme` is not given.
    public var theme: String?

    public init(theme: String? = nil) { self.theme = theme }

    /// Reads the file if it exists; an unknown key or a wrong type is an error naming the file and line.
    public static func load(path: String) throws -> Config {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Config() }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> Config {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError("\(file) 第 \(error.source.begin.line) 行：TOML 格式错误（\(error.description)）")
        }
        var config = Config()
        for key in table.keys {
            switch key {
            case "theme":
                guard let theme = table[key]?.string else { throw ConfigError("\(file) 第 \(line(of: key, in: text)) 行：theme 须为字符串") }
                config.theme = theme
            default:
                throw ConfigError("\(file) 第 \(line(of: key, in: text)) 行：未知的设置项“\(key)”（可用：theme）")
            }
        }
        return config
    }

    static func line(of key: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) } ?? 0) + 1
    }
}

/// A problem in the user's settings, with the file and line in its message.
public struct ConfigError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
