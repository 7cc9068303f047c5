/// A theme: which style each role is drawn with. Roles it does not name fall back to their parent, then `normal`.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [StyleRole: TextStyle]
    /// False for a monochrome theme (or `NO_COLOR`): the backend then uses attributes only.
    public var usesColor: Bool

    public init(name: String, styles: [StyleRole: TextStyle], usesColor: Bool = true) {
        self.name = name
        self.styles = styles
        self.usesColor = usesColor
    }

    /// The style for a role, looking up `field.error`, then `field`, then `normal`.
    public func style(for role: StyleRole) -> TextStyle {
        var current: StyleRole? = role
        while let r = current {
            if let style = styles[r] { return usesColor ? style : style.withoutColor }
            current = r.parent
        }
        let base = styles[.normal] ?? .plain
        return usesColor ? base : base.withoutColor
    }

    /// The same theme drawn without colour.
    public var monochrome: Theme { Theme(name: name, styles: styles, usesColor: false) }
}
