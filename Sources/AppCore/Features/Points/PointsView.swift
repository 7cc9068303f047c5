import Domain
import Foundation
import ScreenKit

/// Draws the 积分卡 tab: a header with the worker, month and pages, then the card in its own
/// layout (类别, 分项, 计分标准, 计分依据, 得分) with 当月积分合计 and the selected item's rule
/// sentences — all from the domain's `CardTotal` — or the records behind an item, or the overview.
enum PointsView {
    static func render(_ state: PointsState, user: Person, now: Date, keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        guard let s = state.snapshot else {
            buffer.put(PointsText.loading, x: rect.x, y: rect.y, role: .muted)
            return
        }
        header(state, s, user: user, into: &buffer, rect: rect)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        switch state.page {
        case .card: card(state, s, keys, into: &buffer, rect: body)
        case .records(let item): PointsRecordsView.render(item, state, s, keys, now: now, into: &buffer, rect: body)
        case .overview: PointsRecordsView.overview(state, s, into: &buffer, rect: body)
        case .record(let item, let index): PointsRecordsView.record(item, index, s, user: user, now: now, keys: keys, into: &buffer, rect: body)
        case .ranking: PointsRankingView.render(state, keys, into: &buffer, rect: body)
        }
        if let editor = state.editor { form(editor, decisions: s.decisions, into: &buffer) }
        state.signing?.render(keymap: keys.keymap, into: &buffer)
    }

    /// "李明 2026年11月 积分卡  [积分卡] 全体社工        书记签名：王书记 2026-11-30".
    private static func header(_ state: PointsState, _ s: PointsSnapshot, user: Person, into buffer: inout ScreenBuffer, rect: Rect) {
        var x = rect.x + buffer.put(PointsText.heading(s.worker.name, s.month) + " ", x: rect.x, y: rect.y, role: .title)
        var pages: [(String, Bool)] = [(PointsText.pageCard, state.page == .card)]
        if case .records(let item) = state.page { pages.append((PointsText.pageRecords(item), true)) }
        if case .record(let item, _) = state.page { pages.append((PointsText.pageRecords(item), true)) }
        if state.page == .ranking { pages.append((PointsText.pageRanking, true)) }
        if Permission.overseeTeam.allows(user) { pages.append((PointsText.pageOverview, state.page == .overview)) }
        for (title, active) in pages {
            x += buffer.put(active ? "[\(title)]" : " \(title) ", x: x, y: rect.y, role: active ? .tabActive : .muted)
        }
        guard state.page != .ranking else { return }   // the ranking is the year's, not this card's
        let status = s.card.signature.map(PointsText.signed) ?? PointsText.unsignedCard
        buffer.put(status, x: rect.maxX - DisplayWidth.of(status), y: rect.y, role: s.card.isSigned ? .messageOK : .messageWarning)
    }

    // MARK: - The card

    static let widths = [8, 8, 24, 22, 10]

    private static func card(_ state: PointsState, _ s: PointsSnapshot, _ keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        let total = s.total
        let rows = CardRow.of(total, rules: s.rules)
        let columns = zip(PointsText.cardColumns, widths).map { TableColumn($0, width: $1) }
        let cells = rows.enumerated().map { i, row -> [String] in
            let group = i == 0 || rows[i - 1].item.group != row.item.group ? row.item.group.rawValue : ""
            return [group, row.item.title, row.standard, row.evidence, row.pointsText]
        }
        let notes = notes(state, s, rows: rows, keys)
        // The table gives up rows (it scrolls) so that the notes under it are read whole; it keeps two for them at least.
        let noteLines = notes.reduce(0) { $0 + TextWrap.lines($1.0, width: rect.width).count }
        let tableHeight = min(cells.count + 1, max(4, rect.height - 1 - max(2, noteLines)))
        TableView.render(columns: columns, rows: cells, state: state.list, focused: state.editor == nil, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: tableHeight))
        var y = rect.y + tableHeight
        let totalSentence = total.explanation[total.lines.count]
        buffer.put(totalSentence, x: rect.x, y: y, maxWidth: rect.width, role: total.zeroed ? .messageWarning : .label)
        y += 1
        for note in notes where y < rect.maxY {
            y += buffer.putParagraph(note.0, x: rect.x, y: y, width: rect.width, maxLines: rect.maxY - y, role: note.1)
        }
    }

    /// Under the card: what was added after signing, the selected item's lines and changes, the signature
    /// and the reminders.
    private static func notes(_ state: PointsState, _ s: PointsSnapshot, rows: [CardRow], _ keys: KeyNamer) -> [(String, StyleRole)] {
        let total = s.total
        var notes = lateNotes(s, selected: rows[safe: state.list.selected]?.item, keys)
        notes += rows[safe: state.list.selected].map { row in
            row.lines.isEmpty && !row.isAmended ? [("\(row.item.title)：\(s.rules.clause(row.item.rule))，本月未填写", StyleRole.muted)]
                : row.lines.map { ($0.verdict.message, $0.verdict.isOK ? StyleRole.normal : .messageWarning) }
                    + total.lineChanges.filter { $0.item == row.item }.map { ($0.sentence, StyleRole.messageWarning) }
        } ?? []
        if let last = total.explanation.last, s.card.isSigned { notes.append((last, total.isAmended ? .messageWarning : .messageOK)) }
        if !s.unsigned.isEmpty { notes.append((PointsText.reminders(s.unsigned, count: s.unsignedCount), .messageWarning)) }
        return notes
    }

    /// 签名后新增: each computed item whose records now prove more (or less) than the signed card,
    /// and for the selected item the records written after signing.
    private static func lateNotes(_ s: PointsSnapshot, selected: PointsItem?, _ keys: KeyNamer) -> [(String, StyleRole)] {
        s.late.flatMap { late -> [(String, StyleRole)] in
            let note = (PointsText.lateNote(late.summary(rules: s.rules), keys), StyleRole.messageWarning)
            return late.item == selected ? [note, (PointsText.lateRecordsOf(late), .muted)] : [note]
        }
    }

    private static func form(_ editor: PointsEditor, decisions: [DecisionCitation], into buffer: inout ScreenBuffer) {
        let height = editor.form.fields.count * 2 + 3
        let inner = Dialog.render(title: editor.title, width: 76, height: height, into: &buffer)
        editor.form.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1),
                           labelWidth: 10)
        if let picker = editor.picker { DecisionPicker.render(picker, decisions: decisions, into: &buffer) }
    }
}
