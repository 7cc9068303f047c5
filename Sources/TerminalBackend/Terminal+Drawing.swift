import CNCursesW
import ScreenKit

// MARK: - Drawing

extension Terminal {
    /// Shows `buffer`: sends only the cells that differ from the last buffer drawn (everything on
    /// the first frame and after a resize), places or hides the cursor, then updates the screen.
    ///
    /// Cells outside the terminal are left out, and each cell is written at its own column, so
    /// text never wraps and a width curses measures differently never shifts the row.
    public func draw(_ buffer: ScreenBuffer) {
        guard !isStopped else { return }
        if lastDrawn == nil { werase(window) }
        for change in buffer.changes(since: lastDrawn) {
            for (offset, cell) in change.cells.enumerated() {
                put(cell, x: change.x + offset, y: change.y, in: buffer)
            }
        }
        placeCursor(buffer.cursor)
        lastDrawn = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what is on the screen, so the next `draw` repaints every cell from scratch.
    ///
    /// For when something else may have written to the terminal (a child process, a crash report).
    public func invalidate() {
        guard !isStopped else { return }
        lastDrawn = nil
        clearok(bsh_curscr(), true)
    }

    // MARK: - Cells

    /// Writes one cell at its column; a continuation is covered by the wide character before it.
    private func put(_ cell: Cell, x: Int, y: Int, in buffer: ScreenBuffer) {
        guard y < size.height, x + max(cell.width, 1) <= size.width else { return }
        if cell.isContinuation {
            // Only an orphan half (no wide character on its left) needs drawing: as a blank.
            guard x == 0 || buffer[x - 1, y].width != 2 else { return }
            write(Glyph(scalars: [0x20]), role: cell.role, x: x, y: y)
            return
        }
        write(Glyph(for: cell, width: { Int(bsh_wcwidth(wchar_t(bitPattern: $0))) }), role: cell.role, x: x, y: y)
    }

    /// Writes a glyph and its padding blanks at (x, y) in a role's style.
    private func write(_ glyph: Glyph, role: StyleRole, x: Int, y: Int) {
        let style = cursesStyle(for: role)
        guard wmove(window, Int32(y), Int32(x)) != ERR else { return }
        var character = cchar_t()
        let wide = glyph.scalars.map { wchar_t(bitPattern: $0) } + [0]
        if setcchar(&character, wide, style.attributes, style.pair, nil) == ERR {
            _ = setcchar(&character, [wchar_t(0x3F), 0], style.attributes, style.pair, nil)
        }
        _ = wadd_wch(window, &character)
        guard glyph.padding > 0 else { return }
        _ = setcchar(&character, [wchar_t(0x20), 0], style.attributes, style.pair, nil)
        for _ in 0..<glyph.padding { _ = wadd_wch(window, &character) }
    }

    // MARK: - Styles

    /// The curses attributes and colour pair of a role, made on first use and then cached.
    func cursesStyle(for role: StyleRole) -> (attributes: attr_t, pair: Int16) {
        if let cached = styleCache[role] { return cached }
        let style = CursesStyle(theme.style(for: role), palette: palette)
        let result = (attributes: Self.attributeBits(style.attributes), pair: pairNumber(for: style))
        styleCache[role] = result
        return result
    }

    /// The pair for a style's colours, calling `init_pair` the first time they are used.
    private func pairNumber(for style: CursesStyle) -> Int16 {
        guard palette.colorCount > 0 else { return 0 }
        let (number, isNew) = pairs.pair(foreground: style.foreground, background: style.background)
        if isNew, init_pair(number, style.foreground, style.background) == ERR { return 0 }
        return number
    }

    /// The curses bits of a set of attributes.
    static func attributeBits(_ attributes: CursesStyle.Attributes) -> attr_t {
        var bits = bsh_a_normal()
        if attributes.contains(.bold) { bits |= bsh_a_bold() }
        if attributes.contains(.underline) { bits |= bsh_a_underline() }
        if attributes.contains(.reverse) { bits |= bsh_a_reverse() }
        if attributes.contains(.dim) { bits |= bsh_a_dim() }
        return bits
    }

    // MARK: - Cursor

    /// Moves the cursor to where the buffer wants it and shows it, or hides it.
    private func placeCursor(_ position: (x: Int, y: Int)?) {
        if let position, (0..<size.width).contains(position.x), (0..<size.height).contains(position.y) {
            wmove(window, Int32(position.y), Int32(position.x))
            setCursorShown(true)
        } else {
            setCursorShown(false)
        }
    }

    private func setCursorShown(_ shown: Bool) {
        guard cursorShown != shown else { return }
        cursorShown = shown
        curs_set(shown ? 1 : 0)
    }
}

// MARK: - Notices

extension Terminal {
    /// Shows `text` on the bottom row over what was last drawn, at once: for a wait inside an
    /// effect, when the loop cannot draw (a busy database). The next `draw` puts the row back.
    public func showNotice(_ text: String, role: StyleRole = .messageWarning) {
        guard !isStopped, var buffer = lastDrawn, buffer.height > 0 else { return }
        let row = Rect(x: 0, y: buffer.height - 1, width: buffer.width, height: 1)
        buffer.fill(row, role: role)
        buffer.put(text, x: 0, y: row.y, maxWidth: row.width, role: role)
        draw(buffer)
    }
}
