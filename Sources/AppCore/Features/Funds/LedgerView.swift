import Domain
import ScreenKit

/// Draws one fund's ledger (台账): every payment and reversal by date, the selected entry's receipts,
/// approvals and bookkeeper, the fund's balance, the plan against actual spending by category and,
/// for the committee fund, the office ratio.
enum LedgerView {
    static func render(_ fund: FundKind, book: FundsBook, rules: RuleSet, list: ListState, keys names: KeyNamer, into buffer: inout ScreenBuffer,
                       rect: Rect) {
        buffer.put(FundsText.ledgerTitle(fund, year: book.year), x: rect.x, y: rect.y, maxWidth: rect.width, role: .title)
        let keys = FundsText.ledgerKeys(names)
        buffer.put(keys, x: rect.maxX - DisplayWidth.of(keys), y: rect.y, role: .muted)
        buffer.put(FundsText.fundLine(fund, book), x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .normal)
        let entries = book.entries(of: fund).chronological()
        let table = Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: 7)
        if entries.isEmpty {
            buffer.put(FundsText.noEntries, x: rect.x, y: table.y, role: .muted)
        } else {
            TableView.render(columns: columns, count: entries.count, row: { row(entries[$0], book) }, state: list, into: &buffer, rect: table)
            if let entry = entries[safe: list.selected] {
                let detail = FundsText.entryDetail(entry, book.record(entry.expenseID))
                FundsView.put([(detail, .label)], into: &buffer, rect: Rect(x: rect.x, y: table.maxY, width: rect.width, height: 2))
            }
        }
        renderBudget(fund, book: book, rules: rules, into: &buffer,
                     rect: Rect(x: rect.x, y: table.maxY + 2, width: rect.width, height: rect.maxY - table.maxY - 2))
    }

    static let columns = [TableColumn("序号", width: 4), TableColumn("日期", width: 10), TableColumn("摘要", width: 9),
                          TableColumn("用途类别", width: 12), TableColumn("金额", width: 11), TableColumn("收款方", width: 10),
                          TableColumn("审批", width: 14)]

    static func row(_ e: LedgerEntry, _ book: FundsBook) -> [String] {
        let approvals = book.record(e.expenseID).map(approvers) ?? ""
        return [String(e.id), e.date.iso, "\(e.kind.title) #\(e.expenseID)", e.category.title, Money.format(e.amount),
                e.payee, e.kind == .payment ? approvals : e.reason]
    }

    /// "王秀兰、张建华" or "街道 长街审12号": who put the expense on its route.
    static func approvers(_ r: ExpenseRecord) -> String {
        if let review = r.review { return "街道 \(review.reference)" }
        return r.decisions.filter(\.approved).map(\.person.name).joined(separator: "、")
    }

    /// The plan against actual spending, one category a line, then the office ratio.
    static func renderBudget(_ fund: FundKind, book: FundsBook, rules: RuleSet, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(FundsText.budgetByCategory, x: rect.x, y: rect.y, role: .label)
        var y = rect.y + 1
        for (category, spent) in book.spentByCategory(fund) where y < rect.maxY {
            let planned = book.planned(fund, category)
            // The amounts are never cut: the category's title gives way to them.
            let amounts = FundsText.plannedAgainstSpent(planned, spent)
            let title = DisplayWidth.fit(category.title, to: max(8, min(29, rect.width - DisplayWidth.of(amounts) - 1)))
            buffer.put(title + " " + amounts, x: rect.x, y: y,
                       maxWidth: rect.width, role: planned > 0 && spent > planned ? .messageWarning : .normal)
            y += 1
        }
        if fund == .committee, y < rect.maxY {
            buffer.put(FundsText.officeRatio(book, rules: rules), x: rect.x, y: y, maxWidth: rect.width, role: .normal)
        }
    }
}
