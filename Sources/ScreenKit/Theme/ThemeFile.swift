import DataFile
import TOMLKit

/// A theme that cannot be used: a mistake in its file, a file that cannot be read, or an unknown name.
public typealias ThemeError = DataFileError

/// Reads a theme file: a `[theme]` table (`name`, optional `color = false`) and a `[roles]` table
/// that maps each role to an inline table such as `{ fg = "white", bg = "blue", bold = true }`.
///
/// Every mistake is a `ThemeError` naming the file and line: an unknown role, a bad colour, an
/// unknown key, a value of the wrong type, a TOML syntax error.
public enum ThemeFile {
    /// The keys a role's inline table may hold.
    public static let styleKeys = ["fg", "bg", "bold", "underline", "reverse", "dim"]

    /// Parses the text of a theme file; `file` is how messages name it.
    public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
        let source = try TOMLSource(text, file: file)
        let document = source.root
        try checkKeys(of: document, at: [], allowed: ["theme", "roles"], source: source)
        let header = try table(document, "theme", at: [], source: source)
        try checkKeys(of: header, at: ["theme"], allowed: ["name", "color"], source: source)
        guard let name = header["name"]?.string, !name.isEmpty else {
            throw source.problem(Text.missingName, at: ["theme", "name"])
        }
        let usesColor = try bool(header, "color", at: ["theme"], source: source) ?? true
        let roles = try table(document, "roles", at: [], source: source)
        return Theme(name: name, styles: try styles(roles, source: source), usesColor: usesColor)
    }

    // MARK: - Roles

    private static func styles(_ roles: TOMLTable, source: TOMLSource) throws(ThemeError) -> [StyleRole: TextStyle] {
        var styles: [StyleRole: TextStyle] = [:]
        for key in source.orderedKeys(of: roles, at: ["roles"]) {
            let role = StyleRole(rawValue: key)
            guard StyleRole.known.contains(role) else { throw source.problem(Text.unknownRole(key), at: ["roles", key]) }
            guard let entry = roles[key]?.table else { throw source.problem(Text.roleNotTable(key), at: ["roles", key]) }
            styles[role] = try style(entry, at: ["roles", key], source: source)
        }
        return styles
    }

    private static func style(_ entry: TOMLTable, at path: [String], source: TOMLSource) throws(ThemeError) -> TextStyle {
        try checkKeys(of: entry, at: path, allowed: styleKeys, source: source)
        return TextStyle(
            foreground: try color(entry, "fg", at: path, source: source),
            background: try color(entry, "bg", at: path, source: source),
            bold: try bool(entry, "bold", at: path, source: source) ?? false,
            underline: try bool(entry, "underline", at: path, source: source) ?? false,
            reverse: try bool(entry, "reverse", at: path, source: source) ?? false,
            dim: try bool(entry, "dim", at: path, source: source) ?? false
        )
    }

    // MARK: - Values

    private static func color(_ table: TOMLTable, _ key: String, at path: [String], source: TOMLSource) throws(ThemeError) -> TerminalColor? {
        guard let value = table[key] else { return nil }
        guard let name = value.string, let color = TerminalColor(name: name) else {
            throw source.problem(Text.badColor(value.string ?? value.debugDescription), at: path + [key])
        }
        return color
    }

    private static func bool(_ table: TOMLTable, _ key: String, at path: [String], source: TOMLSource) throws(ThemeError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw source.problem(Text.notBool(key), at: path + [key]) }
        return flag
    }

    private static func table(_ parent: TOMLTable, _ key: String, at path: [String], source: TOMLSource) throws(ThemeError) -> TOMLTable {
        guard let value = parent[key] else { throw source.problem(Text.missingTable(key)) }
        guard let table = value.table else { throw source.problem(Text.notTable(key), at: path + [key]) }
        return table
    }

    private static func checkKeys(of table: TOMLTable, at path: [String], allowed: [String], source: TOMLSource) throws(ThemeError) {
        for key in source.orderedKeys(of: table, at: path) where !allowed.contains(key) {
            throw source.problem(Text.unknownKey(key, allowed: allowed), at: path + [key])
        }
    }

    // MARK: - Messages

    /// The Chinese reasons this reader gives.
    enum Text {
        static let missingName = "[theme] 表缺少主题名 name"
        static func unknownRole(_ key: String) -> String {
            "未知的样式角色 \"\(key)\"（可用：\(StyleRole.known.map(\.rawValue).joined(separator: "、"))）"
        }
        static func roleNotTable(_ key: String) -> String {
            "样式角色 \"\(key)\" 的值应是内联表，如 { fg = \"white\", bg = \"blue\", bold = true }"
        }
        static func badColor(_ value: String) -> String {
            "无效的颜色 \"\(value)\"（可用：\(TerminalColor.names.joined(separator: "、"))，bright-red 之类，或 color0–color255）"
        }
        static func notBool(_ key: String) -> String { "\"\(key)\" 的值应是 true 或 false" }
        static func missingTable(_ key: String) -> String { "缺少 [\(key)] 表" }
        static func notTable(_ key: String) -> String { "\"\(key)\" 应是一个表，如 [\(key)]" }
        static func unknownKey(_ key: String, allowed: [String]) -> String {
            "未知的键 \"\(key)\"（可用：\(allowed.joined(separator: "、"))）"
        }
    }
}
