import ScreenKit

/// Cutting the screen into touch targets: rows of equal buttons, as many as fit.
enum KioskGrid {
    /// Rectangles of `columns` equal buttons a row, `rowHeight` tall, one column and one row
    /// apart, filling `area` from its top: as many as fit, at most `count`.
    static func cells(in area: Rect, count: Int, columns: Int, rowHeight: Int) -> [Rect] {
        guard columns > 0, rowHeight > 0, area.width > 0 else { return [] }
        let width = (area.width - (columns - 1)) / columns
        let rows = (area.height + 1) / (rowHeight + 1)
        var out: [Rect] = []
        for index in 0..<min(count, rows * columns) {
            let (row, column) = index.quotientAndRemainder(dividingBy: columns)
            out.append(Rect(x: area.x + column * (width + 1), y: area.y + row * (rowHeight + 1), width: width, height: rowHeight))
        }
        return out
    }

    /// How many of `columns` a row fit in `area` with rows `rowHeight` tall.
    static func capacity(of area: Rect, columns: Int, rowHeight: Int) -> Int {
        max(1, (area.height + 1) / (rowHeight + 1)) * columns
    }

    /// Places `buttons` on `rects` in order (the rest are not shown).
    static func place(_ buttons: [KioskButton], on rects: [Rect]) -> [KioskButton] {
        zip(buttons, rects).map { button, rect in
            var placed = button
            placed.rect = rect
            return placed
        }
    }

    /// `area` without its first `rows` rows.
    static func below(_ area: Rect, rows: Int) -> Rect {
        Rect(x: area.x, y: area.y + rows, width: area.width, height: area.height - rows)
    }

    /// The first `rows` rows of `area`.
    static func top(_ area: Rect, rows: Int) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: min(rows, area.height))
    }
}
