import Domain
import ScreenKit

/// Draws the 年度排行 page of the 积分卡 tab: the year's ranking per street office (积分规则说明 2),
/// standard competition ranking with the top-20% mark, and — so a reader knows which figures this
/// committee signed and which came from another committee's export — each row's source
/// ("本会" or "导入 2026-12-05"), with the chosen row's sentence below.
enum PointsRankingView {
    static let widths = [4, 8, 16, 10, 8, 6, 15]

    static func render(_ state: PointsState, _ keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        guard let ranking = state.ranking else {
            buffer.put(PointsText.loadingRanking, x: rect.x, y: rect.y, role: .muted)
            return
        }
        let rows = ranking.rows
        buffer.put(PointsText.rankingTitle(ranking.year, ranking.rules.clause(.ranking), count: rows.count, keys), x: rect.x, y: rect.y,
                   maxWidth: rect.width, role: .label)
        guard !rows.isEmpty else {
            buffer.put(PointsText.noRanking(ranking.year), x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .muted)
            return
        }
        let columns = zip(PointsText.rankingColumns, widths).map { TableColumn($0, width: $1) }
        let cells = rows.map { r in
            [String(r.rank), r.entry.name, r.entry.committee, r.entry.streetOffice, Points.format(r.entry.total),
             r.isExcellentEligible ? PointsText.eligible : "", r.entry.sourceLabel]
        }
        let listHeight = min(rect.height - 5, cells.count + 1)
        TableView.render(columns: columns, rows: cells, state: state.list, focused: state.editor == nil, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: listHeight))
        var y = rect.y + 1 + listHeight
        if let chosen = rows[safe: state.list.selected] {
            y += buffer.putParagraph(chosen.verdict.message, x: rect.x, y: y, width: rect.width, maxLines: 2, role: .normal)
        }
        let imported = Set(rows.compactMap { r in r.entry.importedOn.map { PointsText.importedFrom(r.entry.committee, $0) } }).sorted()
        if !imported.isEmpty, y < rect.maxY {
            buffer.putParagraph(PointsText.importedNote(imported), x: rect.x, y: y, width: rect.width, maxLines: rect.maxY - y,
                                role: .muted)
        }
    }
}
