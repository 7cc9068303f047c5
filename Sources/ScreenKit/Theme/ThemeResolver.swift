import Foundation

// MARK: - Choosing the theme to draw with

extension Theme {
    /// The theme used when none is named.
    public static let defaultName = "default"
    /// The theme used for `NO_COLOR` / `--no-color` when none is named.
    public static let monochromeName = "mono"

    /// The theme for `--theme NAME|PATH` (nil: the default one), as the program starts.
    ///
    /// - A path (it contains `/` or ends in `.toml`) is read from disk.
    /// - A name is looked up first in `<configDirectory>/themes/NAME.toml` (the caller passes
    ///   `$XDG_CONFIG_HOME/baishihui`), then among the shipped themes (`BuiltinThemes`).
    /// - `noColor` (`NO_COLOR` or `--no-color`) gives the result without colour; when no theme is
    ///   named it starts from `mono`, which is made to show focus and selection without colour.
    public static func resolve(nameOrPath: String?, configDirectory: String?, noColor: Bool) throws(ThemeError) -> Theme {
        let chosen = nameOrPath ?? (noColor ? monochromeName : defaultName)
        let theme = isPath(chosen)
            ? try load(path: chosen)
            : try named(chosen, configDirectory: configDirectory)
        return noColor ? theme.monochrome : theme
    }

    /// The names `resolve` accepts: the shipped themes and the user's own, sorted.
    public static func availableNames(configDirectory: String?) -> [String] {
        var names = Set(BuiltinThemes.names)
        if let directory = userThemeDirectory(configDirectory),
           let files = try? FileManager.default.contentsOfDirectory(atPath: directory) {
            names.formUnion(files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) })
        }
        return names.sorted()
    }

    // MARK: - Finding the file

    /// True for what `--theme` should read as a file rather than a name.
    static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    }

    private static func named(_ name: String, configDirectory: String?) throws(ThemeError) -> Theme {
        if let directory = userThemeDirectory(configDirectory) {
            let path = "\(directory)/\(name).toml"
            if FileManager.default.fileExists(atPath: path) { return try load(path: path) }
        }
        if let theme = try BuiltinThemes.theme(named: name) { return theme }
        let names = availableNames(configDirectory: configDirectory).joined(separator: "、")
        throw ThemeError(reason: "未知的主题 \"\(name)\"（可用的主题：\(names)）")
    }

    private static func userThemeDirectory(_ configDirectory: String?) -> String? {
        configDirectory.map { "\($0)/themes" }
    }

    /// Reads and parses a theme file; the message names it as given.
    static func load(path: String) throws(ThemeError) -> Theme {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ThemeError(file: path, line: nil, reason: "找不到主题文件")
        }
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, line: nil, reason: "无法读取主题文件（须为 UTF-8 文本）")
        }
        return try ThemeFile.parse(text, file: path)
    }
}
