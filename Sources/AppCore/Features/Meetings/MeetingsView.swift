import Domain
import ScreenKit

/// Draws the 议事 page: the year's meetings, the chosen one's place, people and decisions with the
/// codes a deduction cites, and the form over it when a meeting is being recorded.
enum MeetingsView {
    static func render(_ state: MeetingsState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(MeetingsText.title(state.year, count: state.meetings.count), x: rect.x, y: rect.y, role: .title)
        let detailHeight = min(8, max(0, rect.height - 8))
        let listRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2 - detailHeight)
        if state.meetings.isEmpty {
            buffer.put(MeetingsText.none, x: rect.x, y: rect.y + 2, role: .muted)
        } else {
            let columns = [TableColumn(MeetingsText.columnNumber, width: 5), TableColumn(MeetingsText.columnDate, width: 11),
                           TableColumn(MeetingsText.columnKind, width: 15), TableColumn(MeetingsText.columnDecisions, width: 5),
                           TableColumn(MeetingsText.columnTopic, width: 30)]
            let rows = state.meetings.map { ["\($0.id)", $0.date.iso, $0.kind.title, "\($0.decisions.count)", $0.topic] }
            TableView.render(columns: columns, rows: rows, state: state.list, focused: state.editor == nil, into: &buffer, rect: listRect)
        }
        renderDetail(state.selected, into: &buffer, rect: Rect(x: rect.x, y: listRect.y + listRect.height, width: rect.width, height: detailHeight))
        guard let editor = state.editor else { return }
        let inner = Dialog.render(title: MeetingsText.formTitle, width: 76, height: editor.form.fields.count * 2 + 3, into: &buffer)
        editor.form.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), labelWidth: 10)
    }

    /// The chosen meeting's place and people, then its decisions with their codes, then how a deduction cites one.
    static func renderDetail(_ meeting: Meeting?, into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.height > 0 else { return }
        var lines: [(String, StyleRole)] = []
        if let m = meeting {
            lines = [(MeetingsText.place(m), .normal), (MeetingsText.outside(m), .normal)]
            lines += m.decisions.map { (MeetingsText.decision(m, $0), .normal) }
        }
        let shown = Array(lines.prefix(rect.height - 1)) + [(MeetingsText.citeHint, .muted)]
        for (i, line) in shown.enumerated() {
            buffer.put(DisplayWidth.fit(line.0, to: rect.width), x: rect.x, y: rect.y + i, role: line.1)
        }
    }
}
