import Domain
import ScreenKit

/// Draws the reception log's lists: today's records, the follow-ups (overdue first and marked),
/// the history search with its results, and the records that used a policy item.
enum ReceptionListsView {
    private typealias T = ReceptionLogText

    static func render(_ s: ReceptionState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let today = context.today, keys = context.keys(.reception)
        var top = rect.y + 1
        switch s.screen {
        case .today:
            let signed = s.log.records.filter(\.isSigned).count
            buffer.put(T.todayTitle(today, count: s.log.records.count, signed: signed), x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        case .followUps:
            buffer.put(T.followUpsTitle(s.followUps.total, overdue: s.followUps.overdue, keys), x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        case .history:
            buffer.put(T.historyTitle(context.formKeys), x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
            var form = s.log.historyForm
            if !s.log.historyEditing { form.focus = -1 }
            top = renderHistoryForm(form, editing: s.log.historyEditing, into: &buffer, rect: rect)
            if s.log.historyEditing { return }
            buffer.put(T.found(s.log.records.count, keys), x: rect.x, y: top, maxWidth: rect.width, role: .muted)
            top += 1
        case .usage(let item):
            buffer.put(T.usageTitle(item, s.log.records.count), x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        default: return
        }
        // The selected record's verdict (reply due, or points) under the list, wrapped whole.
        let verdict = s.log.selectedRecord.flatMap { record in
            context.rules.map { ReplyDeadline.evaluate(record, today: today, rules: $0) ?? ReceptionPoints.evaluate(record, rules: $0) }
        }
        let verdictLines = verdict.map { TextWrap.lines($0.message, width: rect.width) } ?? []
        let body = Rect(x: rect.x, y: top, width: rect.width, height: rect.maxY - top - max(1, verdictLines.count))
        guard !s.log.records.isEmpty else {
            let empty = s.screen == .today ? T.noneToday(keys) : (s.screen == .followUps ? T.noFollowUps : T.nothingFound)
            buffer.put(empty, x: rect.x, y: body.y, maxWidth: rect.width, role: .muted)
            return
        }
        if s.screen == .followUps { renderFollowUps(s, today: today, into: &buffer, rect: body) } else { renderRecords(s, into: &buffer, rect: body) }
        for (i, line) in verdictLines.enumerated() {
            buffer.put(line, x: rect.x, y: body.maxY + i, maxWidth: rect.width, role: verdict?.isOK == true ? .muted : .messageWarning)
        }
    }

    /// The history form in two columns of three rows; returns the row below it.
    private static func renderHistoryForm(_ form: FormState, editing: Bool, into buffer: inout ScreenBuffer, rect: Rect) -> Int {
        var left = form, right = form
        left.fields = Array(form.fields.prefix(3))
        right.fields = Array(form.fields.dropFirst(3))
        left.focus = form.focus < 3 ? form.focus : -1
        right.focus = form.focus >= 3 ? form.focus - 3 : -1
        let half = rect.width / 2
        left.renderRows(into: &buffer, rect: Rect(x: rect.x, y: rect.y + 1, width: half - 1, height: 3), labelWidth: 12)
        right.renderRows(into: &buffer, rect: Rect(x: rect.x + half, y: rect.y + 1, width: rect.width - half, height: 3), labelWidth: 6)
        return rect.y + 5
    }

    private static func renderRecords(_ s: ReceptionState, into buffer: inout ScreenBuffer, rect: Rect) {
        let c = T.columns
        let fixed = 11 + 8 + 12 + 8 + 8 + 4 + 6
        let columns = [TableColumn(c[0], width: 11), TableColumn(c[1], width: 8), TableColumn(c[2], width: 12),
                       TableColumn(c[3], width: 8), TableColumn(c[4], width: rect.width - fixed), TableColumn(c[5], width: 8),
                       TableColumn(c[6], width: 4)]
        let rows = s.log.records.map { r -> [String] in
            let d = r.content
            return [VisitTime.short(d.at), d.residentName, d.room, d.category, d.question, r.status.title,
                    r.isSigned ? T.signedMark : T.unsignedMark]
        }
        TableView.render(columns: columns, rows: rows, state: s.log.list, into: &buffer, rect: rect)
    }

    private static func renderFollowUps(_ s: ReceptionState, today: LocalDate, into buffer: inout ScreenBuffer, rect: Rect) {
        let c = T.followColumns
        let columns = [TableColumn(c[0], width: 10), TableColumn(c[1], width: 10), TableColumn(c[2], width: 8),
                       TableColumn(c[3], width: rect.width - 10 - 10 - 8 - 8 - 4), TableColumn(c[4], width: 8)]
        let rows = s.log.records.map { r -> [String] in
            let due = r.content.replyDue ?? r.content.date
            return [due.iso, T.overdueMark(today.days(since: due)), r.content.residentName, r.content.question, r.workerName]
        }
        TableView.render(columns: columns, rows: rows, state: s.log.list, into: &buffer, rect: rect)
        // The list is read a page at a time: the place is counted in the whole list, not the part read.
        if s.followUps.total > s.log.records.count {
            let note = " \(s.log.list.selected + 1)/\(s.followUps.total) "
            buffer.put(note, x: rect.maxX - DisplayWidth.of(note), y: rect.y, role: .muted)
        }
    }
}
