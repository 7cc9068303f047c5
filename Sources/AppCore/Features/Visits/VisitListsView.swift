import Domain
import ScreenKit

/// Draws the visit tab's lists to work down: the due households, the secretary's table and a household's page.
enum VisitListsView {
    // MARK: - Due households

    static func renderDue(_ s: VisitsState, _ board: VisitBoard, rules: RuleSet?, into buffer: inout ScreenBuffer, rect: Rect) {
        let months = rules?.visits.staleMonths ?? 6
        buffer.put(VisitsText.dueTitle(overdue: board.overdueTotal, stale: board.staleTotal, zone: board.zone, months: months,
                                       shown: board.overdueTotal > board.overdue.count || board.staleTotal > board.stale.count
                                           ? VisitBoard.listLimit : nil),
                   x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        let rows = s.dueRows
        guard !rows.isEmpty else {
            buffer.put(VisitsText.nothingDue, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .messageOK)
            return
        }
        let columns = [TableColumn("类别", width: 6), TableColumn(VisitsText.room, width: 14), TableColumn("户主", width: 8),
                       TableColumn("标签", width: 16), TableColumn("片区", width: 8), TableColumn("上次走访", width: rect.width - 57)]
        let table = rows.map { row in
            [row.kind, row.due.household.room, row.due.household.head, HouseholdTags.describe(row.due.household.tags),
             row.due.household.zone ?? "", row.due.lastVisit?.iso ?? "从未走访"]
        }
        renderWithVerdict(columns, table, s.list, rows[safe: s.list.selected]?.due.verdict.message, into: &buffer, rect: rect)
    }

    // MARK: - Everyone's progress

    static func renderTeam(_ s: VisitsState, _ board: VisitBoard, _ keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(VisitsText.teamTitle(board.today.calendarMonth), x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        guard !board.team.isEmpty else {
            buffer.put(VisitsText.noWorkers(keys), x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .muted)
            return
        }
        let columns = [TableColumn("姓名", width: 10), TableColumn("片区", width: 8), TableColumn("已走访", width: 8),
                       TableColumn("得分", width: 6), TableColumn("剩余工作日", width: 10), TableColumn("每日需", width: 6),
                       TableColumn("预计得分", width: rect.width - 54)]
        let table = board.team.map { p in
            [p.worker.name, p.worker.zone ?? "", "\(p.households)/\(board.quota)", Points.format(p.points),
             "\(p.forecast.remainingWorkingDays)", p.forecast.neededPerDay.map(String.init) ?? "—",
             Points.format(p.forecast.projectedScore)]
        }
        renderWithVerdict(columns, table, s.list, board.team[safe: s.list.selected]?.score.message, into: &buffer, rect: rect)
    }

    // MARK: - A household

    static func renderHousehold(_ h: Household, _ history: [VisitRecord], _ receptions: [ReceptionRecord], _ list: ListState, _ keys: KeyNamer,
                                into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(VisitsText.householdTitle(h), x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        for (i, line) in VisitsText.householdLines(h).enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + 1 + i, maxWidth: rect.width, role: .normal)
        }
        buffer.put(VisitsText.historyTitle(history.count, receptions: receptions.count), x: rect.x, y: rect.y + 4,
                   maxWidth: rect.width, role: .label)
        let entries = HouseholdTimeline.entries(history, receptions)
        guard !entries.isEmpty else {
            buffer.put(VisitsText.noHistory, x: rect.x, y: rect.y + 5, maxWidth: rect.width, role: .muted)
            return
        }
        let columns = [TableColumn("时间", width: 16), TableColumn("经办人", width: 8), TableColumn("类型", width: 14),
                       TableColumn("事由 / 咨询", width: 18), TableColumn("诉求 / 办理", width: rect.width - 60)]
        TableView.render(columns: columns, rows: entries.map(\.row), state: list, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 5, width: rect.width, height: rect.height - 6))
        buffer.put(VisitsText.householdKeys(keys), x: rect.x, y: rect.maxY - 1, maxWidth: rect.width, role: .muted)
    }

    // MARK: - A table and the rule's sentence about its selected row

    private static func renderWithVerdict(_ columns: [TableColumn], _ rows: [[String]], _ list: ListState, _ verdict: String?,
                                          into buffer: inout ScreenBuffer, rect: Rect) {
        TableView.render(columns: columns, rows: rows, state: list, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 3))
        for (i, line) in VisitsView.wrap(verdict ?? "", width: rect.width).prefix(2).enumerated() {
            buffer.put(line, x: rect.x, y: rect.maxY - 2 + i, maxWidth: rect.width, role: .messageWarning)
        }
    }
}
