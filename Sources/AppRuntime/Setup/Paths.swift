import Foundation

/// Where the program keeps its files, following the XDG base directories.
public struct Paths: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    private var home: String { environment["HOME"] ?? NSHomeDirectory() }

    private func base(_ variable: String, _ fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return home + "/" + fallback
    }

    /// `$XDG_DATA_HOME/baishihui/baishihui.sqlite`, else `~/.local/share/baishihui/baishihui.sqlite`.
    public var defaultDatabase: String { base("XDG_DATA_HOME", ".local/share") + "/baishihui/baishihui.sqlite" }

    /// `$XDG_CONFIG_HOME/baishihui`, else `~/.config/baishihui`: config.toml, keymap.toml, themes/, calendar/.
    public var configDirectory: String { base("XDG_CONFIG_HOME", ".config") + "/baishihui" }

    /// `$XDG_STATE_HOME/baishihui`, else `~/.local/state/baishihui`.
    public var stateDirectory: String { base("XDG_STATE_HOME", ".local/state") + "/baishihui" }

    public var configFile: String { configDirectory + "/config.toml" }
    public var keymapFile: String { configDirectory + "/keymap.toml" }
    /// The holiday years the user added (`baishihui calendar import`), one `YYYY.tsv` a year.
    public var calendarDirectory: String { configDirectory + "/calendar" }

    /// True when `NO_COLOR` is set to anything non-empty (no-color.org).
    public var noColor: Bool { !(environment["NO_COLOR"] ?? "").isEmpty }
}
