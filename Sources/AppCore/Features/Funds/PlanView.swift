import Domain
import ScreenKit

/// Draws the year's plan (附件一 三(一)): its report to a meeting, each fund's budget against the plan,
/// the current lines with what each has spent and how many versions it has, and under them the
/// selected line's versions (with who set each and when) and its progress and results entries.
enum PlanView {
    static func render(book: FundsBook, rules: RuleSet, list: ListState, keys names: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(FundsText.planTitle(book.year), x: rect.x, y: rect.y, maxWidth: rect.width, role: .title)
        let keys = FundsText.planKeys(names)
        buffer.put(keys, x: rect.maxX - DisplayWidth.of(keys), y: rect.y, role: .muted)
        let reported = buffer.putParagraph(FundsText.planReport(book.plan, rules: rules), x: rect.x, y: rect.y + 1, width: rect.width,
                                           maxLines: 2, role: book.plan.report == nil ? .messageWarning : .normal)
        let budgets = rect.y + 1 + reported
        for (i, fund) in FundKind.allCases.enumerated() {
            buffer.put(DisplayWidth.fit(fund.title, to: 24) + FundsText.budget(fund, book), x: rect.x, y: budgets + i,
                       maxWidth: rect.width, role: .normal)
        }
        let lines = book.plan.current
        let table = Rect(x: rect.x, y: budgets + FundKind.allCases.count + 1, width: rect.width, height: min(10, lines.count + 1))
        guard !lines.isEmpty else {
            buffer.putParagraph(FundsText.noPlan(names), x: rect.x, y: table.y, width: rect.width, role: .muted)
            return
        }
        TableView.render(columns: columns, rows: lines.map { row($0, book) }, state: list, into: &buffer, rect: table)
        guard let line = lines[safe: list.selected] else { return }
        let notes = book.notes(fund: line.fund, project: line.project).map { (FundsText.noteLine($0), StyleRole.label) }
        let history = [(FundsText.lineBalance(line, book), StyleRole.label)]
            + FundsText.history(line, book.plan).map { ($0, StyleRole.normal) } + notes
        FundsView.put(history, into: &buffer, rect: Rect(x: rect.x, y: table.maxY + 1, width: rect.width,
                                                        height: rect.maxY - table.maxY - 1))
    }

    static let columns = [TableColumn("编号", width: 4), TableColumn("经费", width: 6), TableColumn("用途类别", width: 14),
                          TableColumn("项目", width: 16), TableColumn("计划", width: 12), TableColumn("已支", width: 12),
                          TableColumn("版本", width: 4)]

    static func row(_ l: PlanLine, _ book: FundsBook) -> [String] {
        ["#\(l.id)", FundsText.tinyTitle(l.fund), l.category.title, l.project, Money.format(l.amount),
         Money.format(book.spent(onLine: l)), String(book.plan.history(of: l).count + 1)]
    }
}
