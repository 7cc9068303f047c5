import Domain
import ScreenKit

/// Draws the 首问接待 tab's screen in view: the policy search (with a note while it picks an item
/// for the form), the form, a list or a record in full.
enum ReceptionView {
    static func render(_ s: ReceptionState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        switch s.screen {
        case .search:
            // While picking for the form, its note takes the bottom rows, below the results (never over one).
            let note = s.isPicking ? TextWrap.lines(ReceptionLogText.pickTitle(context.keys(.reception)), width: rect.width) : []
            PolicySearchView.render(s, into: &buffer, rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - note.count))
            for (i, line) in note.enumerated() {
                buffer.put(line, x: rect.x, y: rect.maxY - note.count + i, maxWidth: rect.width, role: .messageWarning)
            }
        case .form:
            if let editor = s.editor { ReceptionFormView.render(editor, context, into: &buffer, rect: rect) }
        case .record:
            if let record = s.log.shown { ReceptionRecordView.render(record, user: context.user, today: context.today, rules: context.rules,
                                                                 keys: context.keys(.reception), into: &buffer, rect: rect) }
        case .online: OnlineRepliesView.render(s, context, into: &buffer, rect: rect)
        case .today, .followUps, .history, .usage:
            ReceptionListsView.render(s, context, into: &buffer, rect: rect)
        }
    }
}

/// Draws the reception log's forms at 80×24: one row per field, then the rules the form applies.
enum ReceptionFormView {
    static func render(_ editor: ReceptionEditor, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        var form = editor.form
        let title: String
        switch editor.mode {
        case .new: title = ReceptionLogText.formTitle(context.user.name)
        case .amend(let record): title = ReceptionLogText.amendTitle(record.id)
        case .reply(let record): title = ReceptionLogText.replyTitle(record)
        case .online: title = OnlineRepliesView.formTitle(context.user.name)
        case .answer(let reply): title = OnlineRepliesView.answerTitle(reply)
        }
        buffer.put(title, x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        if form.fields.contains(where: { $0.id == "room" }) {
            let found = RoomNumber.candidates(form["room"].text, in: context.rooms.found).map(\.room)
            if !found.isEmpty && form["room"].error == nil { form["room"].hint = "候选：" + found.joined(separator: "、") }
            if editor.linkedPolicy != nil && form["policy"].error == nil { form["policy"].hint = "✓ 已关联政策库" }
        }
        let end = form.renderRows(into: &buffer, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 3))
        if editor.mode.isOnline { OnlineRepliesView.renderRule(context.rules, keys: nil, into: &buffer, x: rect.x, y: end + 1, width: rect.width) }
        guard case .new = editor.mode else { return }
        let day = VisitTime.instant(form["at"].text).map(ShanghaiCalendar.day(of:)) ?? context.today
        guard let rules = context.rules(on: day) else { return }
        let due = ReplyDeadline.explain(after: day, calendar: context.calendar, rules: rules).message
        let notes = [due, ReceptionRecordView.pointsRule(rules)].flatMap { TextWrap.lines($0, width: rect.width, first: "", rest: "") }
        for (i, line) in notes.enumerated() {
            buffer.put(line, x: rect.x, y: end + 1 + i, maxWidth: rect.width, role: .muted)
        }
    }
}
