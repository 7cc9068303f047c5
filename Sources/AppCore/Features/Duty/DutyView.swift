import Domain
import Foundation
import ScreenKit

/// Draws the duty tab: a header with the month and pages, then the page shown, and any open form.
enum DutyView {
    static func render(_ state: DutyState, user: Person, now: Date, keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        guard let s = state.snapshot else {
            buffer.put(DutyText.loading, x: rect.x, y: rect.y, role: .muted)
            return
        }
        header(state, s, user: user, now: now, into: &buffer, rect: rect)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        switch state.page {
        case .month: month(s, user: user, now: now, into: &buffer, rect: body)
        case .mine: DutyPages.mine(state, s, user: user, now: now, into: &buffer, rect: body)
        case .swaps: DutyPages.swaps(state, s, keys, into: &buffer, rect: body)
        case .hours: DutyPages.hours(s, keys, into: &buffer, rect: body)
        case .week: DutyWeekView.render(state, s, user: user, now: now, into: &buffer, rect: body)
        case .appointments: AppointmentPage.render(state, s, today: ShanghaiCalendar.day(of: now), keys, into: &buffer, rect: body)
        }
        if let editor = state.editor { form(editor, into: &buffer) }
        if let question = state.earlyQuestion { early(question, keys, into: &buffer) }
    }

    /// The question before an early sign-out, wrapped whole, with the keys that answer it.
    private static func early(_ question: String, _ keys: KeyNamer, into buffer: inout ScreenBuffer) {
        Dialog.confirm(title: DutyText.earlyTitle, width: 56, body: [(DutyText.earlyAsk(question), .dialog), ("", .dialog)],
                       keys: DutyText.earlyKeys(keys), into: &buffer)
    }

    /// "2026年11月 值班  [月历] 我的班次 换班 服务时间      我：计分 1.0 分".
    private static func header(_ state: DutyState, _ s: DutySnapshot, user: Person, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        var x = rect.x + buffer.put("\(s.roster.month.chinese) 值班 ", x: rect.x, y: rect.y, role: .title)
        for page in DutyState.Page.allCases {
            let active = page == state.page
            x += buffer.put(active ? "[\(page.title)]" : " \(page.title) ", x: x, y: rect.y, role: active ? .tabActive : .muted)
        }
        let tally = s.tally(of: user.id, now: now)
        let mine = "我：\(tally.worked)/\(tally.lines.count) 次 \(Points.format(tally.points)) 分"
        buffer.put(mine, x: rect.maxX - DisplayWidth.of(mine), y: rect.y, role: .label)
    }

    private static func month(_ s: DutySnapshot, user: Person, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        let used = DutyMonthGrid.render(s, user: user, now: now, into: &buffer, rect: rect)
        var y = rect.y + used
        if y >= rect.maxY {
            // A month of six weeks fills the body; its last week has at most two days, so the marks are
            // explained beside them.
            let weeks = DutyMonthGrid.weeksOf(s.roster.month)
            let x = rect.x + (weeks.last?.compactMap { $0 }.count ?? 7) * DutyMonthGrid.cellWidth + 1
            buffer.putParagraph(DutyText.marksLegend, x: x, y: rect.y + 1 + (weeks.count - 1) * DutyMonthGrid.linesPerWeek,
                                width: rect.maxX - x, maxLines: DutyMonthGrid.linesPerWeek, role: .muted)
        }
        for (text, role) in [(DutyText.marksLegend, StyleRole.muted), (s.tally(of: user.id, now: now).verdict.message, .normal)] where y < rect.maxY {
            y += buffer.putParagraph(text, x: rect.x, y: y, width: rect.width, maxLines: rect.maxY - y, role: role)
        }
    }

    private static func form(_ editor: DutyEditor, into buffer: inout ScreenBuffer) {
        let height = editor.form.fields.count * 2 + 3
        let inner = Dialog.render(title: editor.title, width: 72, height: height, into: &buffer)
        editor.form.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1),
                           labelWidth: 14)
    }
}
