/// The selection and scroll position of a list of rows.
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    public init(selected: Int = 0) { self.selected = selected }

    /// Moves the selection by `delta` rows within `count` rows.
    public mutating func move(_ delta: Int, count: Int) {
        guard count > 0 else { selected = 0; return }
        selected = min(max(0, selected + delta), count - 1)
    }

    /// Keeps the selection inside `count` rows (after the rows changed).
    public mutating func clamp(count: Int) { move(0, count: count) }

    /// Scrolls so that the selected row is one of the `visibleRows` shown.
    public mutating func scrollToSelection(visibleRows: Int) {
        if selected < offset { offset = selected }
        if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        offset = max(0, offset)
    }
}

/// A column of a table: its header and width in display columns.
public struct TableColumn: Equatable, Sendable {
    public var title: String
    public var width: Int
    public init(_ title: String, width: Int) {
        self.title = title
        self.width = width
    }
}

/// Draws rows of cells under a header, highlighting the selected row and scrolling to keep it visible.
public enum TableView {
    public static func render(columns: [TableColumn], rows: [[String]], state: ListState, focused: Bool = true,
                              into buffer: inout ScreenBuffer, rect: Rect) {
        render(columns: columns, count: rows.count, row: { rows[$0] }, state: state, focused: focused, into: &buffer, rect: rect)
    }

    /// The same table made only from the `count` rows' visible ones, each asked of `row` by index:
    /// a long list (a district's 15,000 expenses a year) is not formatted whole at every redraw.
    public static func render(columns: [TableColumn], count: Int, row: (Int) -> [String], state: ListState, focused: Bool = true,
                              into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.height > 0 else { return }
        buffer.put(line(columns.map(\.title), columns, width: rect.width), x: rect.x, y: rect.y, role: .listHeader)
        var state = state
        let visible = rect.height - 1
        state.scrollToSelection(visibleRows: visible)
        let first = max(0, state.offset), end = min(count, first + max(0, visible))
        for i in first..<max(first, end) {
            let y = rect.y + 1 + i - state.offset
            let role: StyleRole = (i == state.selected && focused) ? .listSelected : .listRow
            buffer.put(line(row(i), columns, width: rect.width), x: rect.x, y: y, role: role)
        }
        if count > visible {
            let note = " \(state.selected + 1)/\(count) "
            buffer.put(note, x: rect.maxX - DisplayWidth.of(note), y: rect.y, role: .muted)
        }
    }

    /// One row's cells, each cut and padded to its column, the whole padded to `width`.
    static func line(_ cells: [String], _ columns: [TableColumn], width: Int) -> String {
        let text = zip(cells, columns).map { DisplayWidth.fit($0, to: $1.width) }.joined(separator: " ")
        return DisplayWidth.fit(text, to: width)
    }
}
