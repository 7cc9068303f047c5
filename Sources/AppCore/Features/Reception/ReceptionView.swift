import Domain
import ScreenKit

/// Draws the 首问接待 tab's screen in view: the policy search (with a note while it picks an item
/// for the form), the form, a list or a record in full.
enum ReceptionView {
    static func render(_ main: MainState, into buffer: inout ScreenBuffer, rect: Rect) {
        let s = main.reception
        switch s.screen {
        case .search:
            PolicySearchView.render(s, into: &buffer, rect: rect)
            if s.isPicking {
                buffer.put(ReceptionLogText.pickTitle, x: rect.x, y: rect.maxY - 1, maxWidth: rect.width, role: .messageWarning)
            }
        case .form:
            if let editor = s.editor { ReceptionFormView.render(editor, main, into: &buffer, rect: rect) }
        case .record:
            if let record = s.shown { ReceptionRecordView.render(record, user: main.user, today: main.today, into: &buffer, rect: rect) }
        case .online: OnlineRepliesView.render(s, now: main.now, into: &buffer, rect: rect)
        case .today, .followUps, .history, .usage:
            ReceptionListsView.render(s, today: main.today, into: &buffer, rect: rect)
        }
    }

    /// The rule set the screens explain themselves by.
    static var rules: RuleSet? { ReceptionEditor.rules }
}

extension MainState {
    /// Today in Shanghai, by the clock the state last had.
    var today: LocalDate { ShanghaiCalendar.day(of: now) }
}

/// Draws the reception log's forms at 80×24: one row per field, then the rules the form applies.
enum ReceptionFormView {
    static func render(_ editor: ReceptionEditor, _ main: MainState, into buffer: inout ScreenBuffer, rect: Rect) {
        var form = editor.form
        let title: String
        switch editor.mode {
        case .new: title = ReceptionLogText.formTitle(main.user.name)
        case .amend(let record): title = ReceptionLogText.amendTitle(record.id)
        case .reply(let record): title = ReceptionLogText.replyTitle(record)
        case .online: title = OnlineRepliesView.formTitle(main.user.name)
        case .answer(let reply): title = OnlineRepliesView.answerTitle(reply)
        }
        buffer.put(title, x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        if form.fields.contains(where: { $0.id == "room" }) {
            let found = RoomNumber.candidates(form["room"].text, in: main.rooms.found).map(\.room)
            if !found.isEmpty && form["room"].error == nil { form["room"].hint = "候选：" + found.joined(separator: "、") }
            if editor.linkedPolicy != nil && form["policy"].error == nil { form["policy"].hint = "✓ 已关联政策库" }
        }
        let end = form.renderRows(into: &buffer, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 3))
        if editor.mode.isOnline { OnlineRepliesView.renderRule(into: &buffer, x: rect.x, y: end + 1, width: rect.width, withKeys: false) }
        guard case .new = editor.mode, let rules = ReceptionView.rules else { return }
        let day = VisitTime.instant(form["at"].text).map(ShanghaiCalendar.day(of:)) ?? main.today
        let due = ReplyDeadline.explain(after: day, calendar: ReceptionEditor.calendar, rules: rules).message
        let notes = [due, ReceptionRecordView.pointsRule(rules)].flatMap { TextWrap.lines($0, width: rect.width, first: "", rest: "") }
        for (i, line) in notes.enumerated() {
            buffer.put(line, x: rect.x, y: end + 1 + i, maxWidth: rect.width, role: .muted)
        }
    }
}
