/// One column of the screen: a grapheme with its display width and a style role.
///
/// A wide character occupies its own cell (width 2) and the next one, which holds an empty
/// continuation (width 0), so a row always has exactly as many cells as columns.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: Int
    public var role: StyleRole

    public init(_ text: String = " ", width: Int = 1, role: StyleRole = .normal) {
        self.text = text
        self.width = width
        self.role = role
    }

    /// The right half of a wide character.
    public static func continuation(_ role: StyleRole) -> Cell { Cell("", width: 0, role: role) }

    public var isContinuation: Bool { width == 0 }
}

/// A rectangle of cells, in columns and rows from the top-left corner.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The same rectangle shrunk by `dx` columns and `dy` rows on every side.
    public func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The row at offset `dy` inside this rectangle, one row high.
    public func row(_ dy: Int) -> Rect { Rect(x: x, y: y + dy, width: width, height: 1) }

    /// A centred rectangle of the given size, clipped to this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}
