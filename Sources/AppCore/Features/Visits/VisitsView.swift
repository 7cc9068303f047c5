import Domain
import ScreenKit

/// Draws the visit tab: the quota panel always on top, then the screen in view or the form.
enum VisitsView {
    // MARK: - Layout

    /// The columns of a form's labels.
    static let formLabelWidth = 12

    static func render(_ s: VisitsState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let rooms = context.rooms, keys = context.keys(.visits)
        guard let board = s.board else {
            buffer.put(VisitsText.loading, x: rect.x, y: rect.y, role: .muted)
            return
        }
        // A form taller than the panel leaves room for (a correction's one field more, an error wrapped
        // below the fields at 24 rows) takes the whole tab: nothing of it is drawn over another part.
        if let editor = s.editor, editor.form.renderedHeight(width: rect.width, labelWidth: formLabelWidth) + 1 > rect.height - 3 {
            return renderEditor(editor, board, rooms: rooms, into: &buffer, rect: rect)
        }
        renderPanel(board, into: &buffer, rect: rect)
        let body = Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 3)
        if let editor = s.editor { return renderEditor(editor, board, rooms: rooms, into: &buffer, rect: body) }
        switch s.screen {
        case .month: renderMonth(s, board, keys, into: &buffer, rect: body)
        case .due where !board.hasLists, .team where !board.hasLists:
            buffer.put(VisitsText.loading, x: body.x, y: body.y, role: .muted)
        case .due: VisitListsView.renderDue(s, board, rules: context.rules, into: &buffer, rect: body)
        case .team: VisitListsView.renderTeam(s, board, keys, into: &buffer, rect: body)
        case .household(let h, let history):
            VisitListsView.renderHousehold(h, history, s.householdReceptions, s.list, keys, into: &buffer, rect: body)
        }
        if let sheet = s.sheet { renderSheet(sheet, keys, into: &buffer) }
    }

    /// The paper form of one visit in a dialog over the tab, scrolled when taller than the screen.
    static func renderSheet(_ sheet: VisitsState.Sheet, _ keys: KeyNamer, into buffer: inout ScreenBuffer) {
        let lines = sheet.lines
        let height = min(lines.count + 2, buffer.height - 2)
        let inner = Dialog.render(title: VisitsText.sheetDialog(keys), width: VisitSheet.width + 4, height: height, into: &buffer)
        let top = min(sheet.scroll, max(0, lines.count - inner.height))
        for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + i, maxWidth: inner.width, role: .dialog)
        }
    }

    /// The quota in one line and the forecast's own sentence, with its clause, on the two below.
    static func renderPanel(_ board: VisitBoard, into buffer: inout ScreenBuffer, rect: Rect) {
        let role: StyleRole = board.forecast.needed == 0 ? .messageOK : .title
        let panel = board.forecast.isFinal ? VisitsText.finalPanel(board.forecast, quota: board.quota, ruleSet: board.ruleSet)
            : VisitsText.panel(board.forecast, quota: board.quota)
        buffer.put(panel, x: rect.x, y: rect.y, maxWidth: rect.width, role: role)
        for (i, line) in wrap(board.forecast.verdict.message, width: rect.width).prefix(2).enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + 1 + i, maxWidth: rect.width, role: .muted)
        }
    }

    // MARK: - Screens

    static func renderMonth(_ s: VisitsState, _ board: VisitBoard, _ keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        let current = board.month == board.today.calendarMonth
        buffer.put(VisitsText.monthTitle(board.visits.count, user: board.user.name, month: current ? nil : board.month),
                   x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        guard !board.visits.isEmpty else {
            buffer.put(current ? VisitsText.noVisits(keys) : VisitsText.noVisitsIn(board.month), x: rect.x, y: rect.y + 2,
                       maxWidth: rect.width, role: .muted)
            return
        }
        let columns = [TableColumn("时间", width: 11), TableColumn(VisitsText.room, width: 14), TableColumn("居民", width: 8),
                       TableColumn("类型", width: 12), TableColumn(VisitsText.reason, width: rect.width - 49)]
        let rows = board.visits.map { v in
            [VisitTime.short(v.at), v.room, v.residentName, v.kind.title, (v.correction == nil ? "" : VisitsText.correctedMark) + v.reason]
        }
        TableView.render(columns: columns, rows: rows, state: s.list, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
    }

    static func renderEditor(_ editor: VisitEditor, _ board: VisitBoard, rooms: RoomLookup, into buffer: inout ScreenBuffer,
                             rect: Rect) {
        var form = editor.form
        let title: String
        switch editor.mode {
        case .visit: title = VisitsText.formTitle(board.user.name)
        case .correct(let record): title = VisitsText.correctTitle(record)
        case .zone(let person): title = VisitsText.zoneTitle(person.name)
        case .household(let h): title = VisitsText.householdFormTitle(h)
        }
        if editor.isVisitForm {
            let found = RoomNumber.candidates(form["room"].text, in: rooms.found).map(\.room)
            if !found.isEmpty && form["room"].error == nil { form["room"].hint = VisitsText.candidates(found) }
        }
        buffer.put(title, x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        form.render(into: &buffer, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1), labelWidth: formLabelWidth)
    }

    // MARK: - Wrapping

    /// `text` cut into lines of at most `width` display columns.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines = [String]()
        var rest = Substring(text)
        while !rest.isEmpty {
            let line = DisplayWidth.prefix(String(rest), fitting: width)
            guard !line.isEmpty else { break }
            lines.append(line)
            rest = rest.dropFirst(line.count)
        }
        return lines
    }
}
