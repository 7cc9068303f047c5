import ScreenKit

/// What the terminal writes for one cell: the characters of a `cchar_t` and the blanks after it.
///
/// ScreenKit measures widths itself; curses measures them with the C library's `wcwidth`.
/// Where the two disagree, writing the cell as is would shift the rest of the row, so a glyph
/// makes them agree: a character curses finds narrower gets a blank after it, one it finds
/// wider or unprintable becomes `?`. Pure: tests pass their own width function.
public struct Glyph: Equatable, Sendable {
    /// A spacing character followed by at most four combining ones, as `setcchar` wants them.
    public var scalars: [UInt32]
    /// Blanks to write after the character so that it covers exactly the cell's width.
    public var padding: Int

    public init(scalars: [UInt32], padding: Int = 0) {
        self.scalars = scalars
        self.padding = padding
    }

    /// Most characters a `cchar_t` holds (ncurses' `CCHARW_MAX`).
    public static let maximumScalars = 5

    /// The glyph for `cell`, measuring characters with `width` (`wcwidth` in the terminal).
    public init(for cell: Cell, width: (UInt32) -> Int) {
        let columns = max(1, cell.width)
        let scalars = cell.text.unicodeScalars.map(\.value)
        guard let first = scalars.first, !Self.isControl(first) else {
            self.init(scalars: [Self.placeholder(for: cell)], padding: columns - 1)
            return
        }
        let measured = width(first)
        guard measured >= 1, measured <= columns else {
            self.init(scalars: [Self.question], padding: columns - 1)
            return
        }
        var kept = [first]
        for scalar in scalars.dropFirst() {
            guard kept.count < Self.maximumScalars, scalar != Self.zeroWidthJoiner, width(scalar) == 0 else { break }
            kept.append(scalar)
        }
        self.init(scalars: kept, padding: columns - measured)
    }

    // MARK: - Characters

    static let space: UInt32 = 0x20
    static let question: UInt32 = 0x3F
    static let zeroWidthJoiner: UInt32 = 0x200D

    /// An empty cell is a blank; a control character (which curses would show as `^X`) is `?`.
    private static func placeholder(for cell: Cell) -> UInt32 {
        cell.text.isEmpty ? space : question
    }

    /// C0 and C1 controls and DEL: never written to the terminal as they are.
    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F..<0xA0).contains(value)
    }
}
