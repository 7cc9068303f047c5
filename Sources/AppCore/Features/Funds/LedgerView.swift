import Domain
import ScreenKit

/// Draws one fund's ledger (台账): every payment and reversal with its running total, the fund's
/// balance, budget against actual by category and, for the committee fund, the office ratio.
enum LedgerView {
    static func render(_ fund: FundKind, book: FundsBook, rules: RuleSet, list: ListState, into buffer: inout ScreenBuffer,
                       rect: Rect) {
        buffer.put(FundsText.ledgerTitle(fund, year: book.year), x: rect.x, y: rect.y, maxWidth: rect.width, role: .title)
        let keys = FundsText.ledgerKeys
        buffer.put(keys, x: rect.maxX - DisplayWidth.of(keys), y: rect.y, role: .muted)
        buffer.put(FundsText.fundLine(fund, book), x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .normal)
        let entries = book.entries(of: fund)
        let table = Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: 9)
        if entries.isEmpty {
            buffer.put(FundsText.noEntries, x: rect.x, y: table.y, role: .muted)
        } else {
            TableView.render(columns: columns, rows: entries.map { row($0, book) }, state: list, into: &buffer, rect: table)
        }
        renderBudget(fund, book: book, rules: rules, into: &buffer,
                     rect: Rect(x: rect.x, y: table.maxY + 1, width: rect.width, height: rect.maxY - table.maxY - 1))
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

    /// Budget against actual by category, two categories a line, then the office ratio.
    static func renderBudget(_ fund: FundKind, book: FundsBook, rules: RuleSet, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(FundsText.budgetByCategory, x: rect.x, y: rect.y, role: .label)
        let cells = book.spentByCategory(fund).map { DisplayWidth.fit("\($0.category.title) \(Money.format($0.spent))", to: 37) }
        var y = rect.y + 1
        for pair in stride(from: 0, to: cells.count, by: 2) where y < rect.maxY {
            buffer.put(cells[pair..<min(pair + 2, cells.count)].joined(separator: " "), x: rect.x, y: y, maxWidth: rect.width, role: .normal)
            y += 1
        }
        if fund == .committee, y < rect.maxY {
            buffer.put(FundsText.officeRatio(book, rules: rules), x: rect.x, y: y, maxWidth: rect.width, role: .normal)
        }
    }
}
