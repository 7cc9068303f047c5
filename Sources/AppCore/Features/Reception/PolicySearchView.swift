import Domain
import ScreenKit

/// Draws the reception tab: the search field, then the results (or the item opened in full).
enum PolicySearchView {
    /// Columns of the result table: title, line of business, where to go.
    static let titleWidth = 28
    static let lineWidth = 12

    static func render(_ state: ReceptionState, into buffer: inout ScreenBuffer, rect: Rect) {
        if let item = state.search.opened {
            return PolicyDetailView.render(item, scroll: state.search.scroll, into: &buffer, rect: rect)
        }
        buffer.put(ReceptionText.title, x: rect.x, y: rect.y, role: .title)
        if let results = state.search.results {
            let sample = results.contains(where: \.isSample) ? " · " + ReceptionText.sampleInList : ""
            let note = ReceptionText.count(results.count, of: state.search.query.text) + sample
            buffer.put(note, x: rect.maxX - DisplayWidth.of(note), y: rect.y, role: .muted)
        }
        renderField(state.search.query, into: &buffer, x: rect.x, y: rect.y + 1, limit: rect.maxX)
        renderResults(state, into: &buffer, rect: Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 3))
    }

    /// The search field with the cursor in it, and a hint after it.
    static func renderField(_ query: TextInput, into buffer: inout ScreenBuffer, x: Int, y: Int, limit: Int) {
        let labelWidth = buffer.put(ReceptionText.searchLabel, x: x, y: y, role: .label)
        let box = 24
        let shown = query.visible(columns: box - 1)
        buffer.put(DisplayWidth.fit(shown.text, to: box, ellipsis: false), x: x + labelWidth, y: y, role: .fieldFocused)
        buffer.cursor = (x + labelWidth + shown.cursorColumn, y)
        let hintX = x + labelWidth + box + 2
        buffer.put(ReceptionText.searchHint, x: hintX, y: y, maxWidth: limit - hintX, role: .muted)
    }

    static func renderResults(_ state: ReceptionState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard let results = state.search.results else {
            buffer.put(ReceptionText.searching, x: rect.x, y: rect.y, role: .muted)
            return
        }
        if results.isEmpty {
            buffer.put(ReceptionText.nothingFound(state.search.query.text), x: rect.x, y: rect.y, maxWidth: rect.width,
                       role: .messageWarning)
            return
        }
        let columns = [TableColumn(ReceptionText.columns[0], width: titleWidth),
                       TableColumn(ReceptionText.columns[1], width: lineWidth),
                       TableColumn(ReceptionText.columns[2], width: rect.width - titleWidth - lineWidth - 2)]
        let rows = results.map { item in
            [item.title, item.lineOfBusiness, item.location]
        }
        TableView.render(columns: columns, rows: rows, state: state.search.list, into: &buffer, rect: rect)
    }
}
