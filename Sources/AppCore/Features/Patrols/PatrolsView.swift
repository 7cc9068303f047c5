import Domain
import ScreenKit

/// Draws the 巡查 page: one finding a row (编号, day, zone, category, problem, handling, state),
/// the chosen row in full under the list, and a form over it.
enum PatrolsView {
    static func render(_ state: PatrolsState, today: LocalDate, rules: RuleSet?, into buffer: inout ScreenBuffer, rect: Rect) {
        let title = state.overdueOnly ? PatrolsText.overdueTitle(rules?.patrols.openDays ?? 0)
                                      : PatrolsText.title(state.month, patrols: state.patrols.count)
        buffer.put(title, x: rect.x, y: rect.y, role: .title)
        let rows = state.rows(today: today, rules: rules)
        let detailHeight = min(4, max(0, rect.height - 8))
        let listRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2 - detailHeight)
        if rows.isEmpty {
            buffer.put(state.overdueOnly ? PatrolsText.noneOverdue : PatrolsText.none, x: rect.x, y: rect.y + 2, role: .muted)
        } else {
            let widths = [5, 5, 6, 8, 22, 10, 8]
            let columns = zip(PatrolsText.columns, widths).map { TableColumn($0, width: $1) }
            let cells = rows.map { cellsOf($0, today: today, rules: rules) }
            TableView.render(columns: columns, rows: cells, state: state.list, focused: state.editor == nil, into: &buffer, rect: listRect)
        }
        if let row = rows[safe: state.list.selected] {
            for (i, line) in PatrolsText.detail(row).prefix(detailHeight).enumerated() {
                buffer.put(DisplayWidth.fit(line, to: rect.width), x: rect.x, y: listRect.y + listRect.height + i, role: .normal)
            }
        }
        guard let editor = state.editor else { return }
        let title2: String
        if case .close(let id) = editor.mode { title2 = PatrolsText.closeTitle(id) } else { title2 = PatrolsText.recordTitle }
        let height = min(rect.height + 1, editor.form.renderedHeight(width: 70, labelWidth: 12) + 3)
        let inner = Dialog.render(title: title2, width: 76, height: height, into: &buffer)
        editor.form.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), labelWidth: 12)
    }

    static func cellsOf(_ row: PatrolsState.Row, today: LocalDate, rules: RuleSet?) -> [String] {
        let day = String(row.patrol.date.iso.dropFirst(5))
        guard let f = row.finding else { return ["", day, row.patrol.zone, "", PatrolsText.nothingFound, "", ""] }
        let overdue = f.isOpen && rules.map { PatrolRules.isOverdue(found: row.patrol.date, today: today, rules: $0) } == true
        let status = f.closure != nil ? "已办结" : overdue ? "逾期" : PatrolsText.open
        return ["#\(f.id)", day, row.patrol.zone, f.category.title, f.problem, short(f.handling.kind), status]
    }

    static func short(_ kind: FindingHandling.Kind) -> String {
        switch kind {
        case .onTheSpot: return "当场处理"
        case .committee: return "居委会跟进"
        case .gridCentre: return "网格中心"
        case .meeting: return "提交议事"
        }
    }
}
