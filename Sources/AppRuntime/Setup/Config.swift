import DataFile
import Foundation
import TOMLKit

/// The user's settings file, `config.toml` under the config directory; every key is optional.
public struct Config: Equatable, Sendable {
    /// A theme name or path, used when `--theme` is not given.
    public var theme: String?
    /// Seconds without a key before the terminal locks and asks the PIN again; 0 never locks.
    public var idleLockSeconds: Int

    /// How many daily backups to keep beside the database (`backup_days`; 0 turns them off).
    public var backupDays: Int?

    /// Whether the terminal reports clicks and the wheel (`mouse`; on unless set to false).
    public var mouse: Bool

    /// Seven daily backups when `backup_days` is not set.
    public static let defaultBackupDays = 7

    public init(theme: String? = nil, idleLockSeconds: Int = 300, backupDays: Int? = nil, mouse: Bool = true) {
        self.theme = theme
        self.mouse = mouse
        self.idleLockSeconds = idleLockSeconds
        self.backupDays = backupDays
    }

    /// Reads the file if it exists; an unknown key or a wrong type is an error naming the file and line.
    public static func load(path: String) throws(DataFileError) -> Config {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Config() }
        return try parse(text, file: path)
    }

    /// The keys the file may set, for the message about an unknown one.
    static let keys = "theme、idle_lock_seconds、backup_days、mouse"

    /// The settings in `text`; `file` names it in error messages.
    public static func parse(_ text: String, file: String) throws(DataFileError) -> Config {
        let source = try TOMLSource(text, file: file)
        var config = Config()
        for key in source.orderedKeys(of: source.root, at: []) {
            switch key {
            case "theme":
                guard let theme = source.root[key]?.string else { throw source.problem("theme 须为字符串", at: [key]) }
                config.theme = theme
            case "idle_lock_seconds": config.idleLockSeconds = try source.int(key, in: 0...86_400)
            case "backup_days":
                guard let days = source.root[key]?.int, (0...366).contains(days) else {
                    throw source.problem("backup_days 须为 0–366 的整数（保留几天的自动备份，0 为不备份）", at: [key])
                }
                config.backupDays = days
            case "mouse":
                guard let mouse = source.root[key]?.bool else { throw source.problem("mouse 须为 true 或 false（触屏和鼠标点击）", at: [key]) }
                config.mouse = mouse
            default:
                throw source.problem("未知的设置项“\(key)”（可用：\(keys)）", at: [key])
            }
        }
        return config
    }
}
