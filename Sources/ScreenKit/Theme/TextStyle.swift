/// How a role looks on a terminal: colours and attributes, as a theme file gives them.
public struct TextStyle: Equatable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = TextStyle()

    /// The same style without colours, for `NO_COLOR` and monochrome terminals.
    public var withoutColor: TextStyle {
        var s = self
        s.foreground = nil
        s.background = nil
        return s
    }
}

/// A terminal colour: one of the eight named ones, their bright forms, or a 256-colour index.
public enum TerminalColor: Equatable, Hashable, Sendable {
    case named(Int)   // 0 black … 7 white
    case bright(Int)  // 8 … 15
    case indexed(Int) // 0 … 255

    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The colour's number in the terminal's 256-colour palette.
    public var index: Int {
        switch self {
        case .named(let n): return n
        case .bright(let n): return 8 + n
        case .indexed(let n): return n
        }
    }

    /// Reads `red`, `bright-red` or `color123` (0–255); nil if it is none of these.
    public init?(name: String) {
        if let n = Self.names.firstIndex(of: name) { self = .named(n); return }
        if name.hasPrefix("bright-"), let n = Self.names.firstIndex(of: String(name.dropFirst(7))) {
            self = .bright(n); return
        }
        if name.hasPrefix("color"), let n = Int(name.dropFirst(5)), (0...255).contains(n) { self = .indexed(n); return }
        return nil
    }
}
