/// A named style role such as `tab.active`; themes map roles to colours, cells carry roles, never curses attributes.
public struct StyleRole: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: StyleRole, rhs: StyleRole) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The role one level up (`field.error` → `field`), or nil for a top-level role.
    public var parent: StyleRole? {
        guard let dot = rawValue.lastIndex(of: ".") else { return nil }
        return StyleRole(rawValue: String(rawValue[..<dot]))
    }
}

// MARK: - The roles the program draws with

extension StyleRole {
    public static let normal: StyleRole = "normal"
    public static let title: StyleRole = "title"
    public static let tabBar: StyleRole = "tab"
    public static let tabActive: StyleRole = "tab.active"
    public static let tabInactive: StyleRole = "tab.inactive"
    public static let status: StyleRole = "status"
    public static let statusUser: StyleRole = "status.user"
    public static let statusHint: StyleRole = "status.hint"
    public static let statusKey: StyleRole = "status.key"
    public static let label: StyleRole = "label"
    public static let field: StyleRole = "field"
    public static let fieldFocused: StyleRole = "field.focused"
    public static let fieldError: StyleRole = "field.error"
    public static let listRow: StyleRole = "list"
    public static let listSelected: StyleRole = "list.selected"
    public static let listHeader: StyleRole = "list.header"
    public static let dialog: StyleRole = "dialog"
    public static let dialogTitle: StyleRole = "dialog.title"
    public static let dialogBorder: StyleRole = "dialog.border"
    public static let message: StyleRole = "message"
    public static let messageError: StyleRole = "message.error"
    public static let messageOK: StyleRole = "message.ok"
    public static let messageWarning: StyleRole = "message.warning"
    public static let muted: StyleRole = "muted"
    public static let border: StyleRole = "border"
    public static let banner: StyleRole = "banner"

    /// Every role a theme file may name; anything else in a theme is an error.
    public static let known: [StyleRole] = [
        .normal, .title, .tabBar, .tabActive, .tabInactive, .status, .statusUser, .statusHint, .statusKey,
        .label, .field, .fieldFocused, .fieldError, .listRow, .listSelected, .listHeader,
        .dialog, .dialogTitle, .dialogBorder, .message, .messageError, .messageOK, .messageWarning,
        .muted, .border, .banner,
    ]
}
