import ScreenKit

/// How curses draws one role: attribute flags and the colour numbers of its pair.
///
/// Pure: made from a theme's `TextStyle` and what the terminal can show, so tests check the
/// mapping without a terminal; `Terminal` turns it into `attr_t` bits and an `init_pair` once.
public struct CursesStyle: Hashable, Sendable {
    /// The attributes of `TextStyle`, independent of the curses bit values.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1 << 0)
        public static let underline = Attributes(rawValue: 1 << 1)
        public static let reverse = Attributes(rawValue: 1 << 2)
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    public var attributes: Attributes
    /// Curses colour number of the text, -1 for the terminal's default.
    public var foreground: Int16
    /// Curses colour number of the background, -1 for the terminal's default.
    public var background: Int16

    public init(attributes: Attributes = [], foreground: Int16 = -1, background: Int16 = -1) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    /// The curses form of `style` on a terminal with `palette`.
    public init(_ style: TextStyle, palette: Palette) {
        var attributes: Attributes = []
        if style.bold { attributes.insert(.bold) }
        if style.underline { attributes.insert(.underline) }
        if style.reverse { attributes.insert(.reverse) }
        if style.dim { attributes.insert(.dim) }
        self.init(attributes: attributes,
                  foreground: palette.number(for: style.foreground, isBackground: false),
                  background: palette.number(for: style.background, isBackground: true))
    }

    /// True when the style needs no colour pair (both colours are the default).
    public var usesDefaultColors: Bool { foreground == -1 && background == -1 }
}

// MARK: - Palette

/// What colours a terminal can show, and how a theme's colours fit into them.
public struct Palette: Equatable, Sendable {
    /// How many colours the terminal has (`COLORS`); 0 when colours are off.
    public var colorCount: Int
    /// True when `use_default_colors()` succeeded, so -1 may stand for "the terminal's own".
    public var hasDefaultColors: Bool

    public init(colorCount: Int, hasDefaultColors: Bool) {
        self.colorCount = colorCount
        self.hasDefaultColors = hasDefaultColors
    }

    /// A palette that draws no colour at all (monochrome terminal, `NO_COLOR`, mono theme).
    public static let none = Palette(colorCount: 0, hasDefaultColors: true)

    /// The curses colour number for a theme colour: itself if the terminal has it, else the
    /// nearest of the 8 or 16 basic colours; -1 (or white on black) for no colour.
    public func number(for color: TerminalColor?, isBackground: Bool) -> Int16 {
        guard colorCount > 0 else { return -1 }
        guard let color else { return hasDefaultColors ? -1 : (isBackground ? 0 : 7) }
        let index = color.index
        if index < colorCount { return Int16(index) }
        return Int16(nearestBasic(to: index))
    }

    /// One of the 8 (or 16, when the terminal has them) basic colours close to a 256-palette index.
    func nearestBasic(to index: Int) -> Int {
        let bright = colorCount >= 16
        switch index {
        case 8..<16:
            return index - 8
        case 16..<232:
            let i = index - 16
            let levels = [i / 36, (i / 6) % 6, i % 6]
            let basic = levels.enumerated().reduce(0) { $0 | ($1.element >= 2 ? 1 << $1.offset : 0) }
            return bright && levels.max()! >= 4 && basic != 0 ? basic + 8 : basic
        default:
            // The greys 232–255 run from 8 to 238 in steps of 10.
            let level = 8 + 10 * (index - 232)
            guard bright else { return level < 128 ? 0 : 7 }
            switch level {
            case ..<64: return 0
            case ..<160: return 8
            case ..<224: return 7
            default: return 15
            }
        }
    }
}
