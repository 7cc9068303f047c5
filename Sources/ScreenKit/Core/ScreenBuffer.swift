/// A grid of cells that widgets draw into; the terminal backend shows it, tests dump it.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand after drawing (a focused text field), if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0
    /// Every `put` whose text did not fit whole, in drawing order: what a test checks to find a
    /// sentence cut off (a table cell cut on purpose ends in "…" and is drawn whole).
    public internal(set) var clipped: [Clip] = []

    /// Text that `put` drew only in part: where, in which role, what was shown and what was left out.
    public struct Clip: Equatable, Sendable, CustomStringConvertible {
        public var x: Int, y: Int
        public var role: StyleRole
        public var shown: String, lost: String
        public var description: String { "(\(x),\(y)) \(role): “\(shown)” cut before “\(lost)”" }
    }

    public init(width: Int, height: Int, role: StyleRole = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(role: role), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    // MARK: - Drawing

    /// Fills a rectangle (clipped to the buffer) with blanks of one role; a wide character cut by
    /// its edge is blanked whole.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                clearWide(at: x, y: y)
                self[x, y] = Cell(role: role)
            }
        }
    }

    /// Writes `text` from (x, y) on one row, clipped at `maxWidth` columns and the buffer's edge;
    /// a wide character that would not fit whole is left out. Returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole) -> Int {
        guard y >= 0, y < height, x < width else {
            if text.contains(where: { !$0.isWhitespace }) { clipped.append(Clip(x: x, y: y, role: role, shown: "", lost: text)) }
            return 0
        }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for (i, character) in zip(text.indices, text) {
            let w = DisplayWidth.of(character)
            if character == "\n" || character == "\t" { break }
            if w == 0 { continue }
            if column + w > limit {
                let lost = String(text[i...])
                if lost.contains(where: { !$0.isWhitespace }) {
                    clipped.append(Clip(x: x, y: y, role: role, shown: String(text[..<i]), lost: lost))
                }
                break
            }
            if column >= 0 { place(character, width: w, x: column, y: y, role: role) }
            column += w
        }
        return column - x
    }

    /// Sets the role of every cell in a rectangle, keeping the text (for highlighting a row).
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y].role = role }
        }
    }

    private mutating func place(_ character: Character, width w: Int, x: Int, y: Int, role: StyleRole) {
        clearWide(at: x, y: y)
        if w == 2 { clearWide(at: x + 1, y: y) }
        self[x, y] = Cell(String(character), width: w, role: role)
        if w == 2 { self[x + 1, y] = .continuation(role) }
    }

    /// Before overwriting a cell, blanks the other half of any wide character it belongs to.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 { self[x - 1, y] = Cell(role: self[x - 1, y].role) }
        if cell.width == 2, x + 1 < width { self[x + 1, y] = Cell(role: cell.role) }
    }

    // MARK: - Dumps for golden tests

    /// The text of each row, wide characters once, trailing spaces kept so widths stay visible.
    public func textLines() -> [String] {
        (0..<height).map { y in
            (0..<width).reduce(into: "") { line, x in line += self[x, y].text }
        }
    }

    /// A run of cells on one row that share a role.
    public struct StyleRun: Equatable, Sendable {
        public var y: Int, x: Int, length: Int
        public var role: StyleRole
    }

    /// The style runs row by row, left to right; `normal` runs are left out.
    public func styleRuns() -> [StyleRun] {
        var runs: [StyleRun] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let role = self[x, y].role
                var end = x + 1
                while end < width, self[end, y].role == role { end += 1 }
                if role != .normal { runs.append(StyleRun(y: y, x: x, length: end - x, role: role)) }
                x = end
            }
        }
        return runs
    }

    /// Text lines framed by `|`, then one line per style run: the golden-file format.
    public func dump() -> String {
        var out = textLines().map { "|\($0)|" }.joined(separator: "\n")
        out += "\n--- styles\n"
        out += styleRuns().map { "\($0.y):\($0.x)+\($0.length) \($0.role)" }.joined(separator: "\n")
        return out + "\n"
    }

    // MARK: - Diff

    /// A stretch of changed cells on one row, to be sent to the terminal.
    public struct Change: Equatable, Sendable {
        public var x: Int, y: Int
        public var cells: [Cell]
    }

    /// The rows' stretches that differ from `old` (everything when the sizes differ).
    public func changes(since old: ScreenBuffer?) -> [Change] {
        let full = old == nil || old!.width != width || old!.height != height
        var result: [Change] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                if !full, old![x, y] == self[x, y] { x += 1; continue }
                var start = x
                if self[start, y].isContinuation, start > 0 { start -= 1 }
                var end = x + 1
                while end < width, full || old![end, y] != self[end, y] { end += 1 }
                if end < width, self[end, y].isContinuation { end += 1 }
                result.append(Change(x: start, y: y, cells: Array(cells[(y * width + start)..<(y * width + end)])))
                x = end
            }
        }
        return result
    }

    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorX == rhs.cursorX && lhs.cursorY == rhs.cursorY
    }
}
