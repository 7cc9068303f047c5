import Domain
import Foundation
import ScreenKit

/// The 专账 tab (居账街管): every committee's payments per fund side by side, and one committee's ledger.
enum StreetBooksView {
    static let columns = [TableColumn("居委会", width: 16), TableColumn("工作经费", width: 11), TableColumn("党组织经费", width: 11),
                          TableColumn("基金会资金", width: 11), TableColumn("合计", width: 11), TableColumn("最近同步", width: 11)]
    static let ledgerColumns = [TableColumn("日期", width: 10), TableColumn("经费", width: 10), TableColumn("类别", width: 8),
                                TableColumn("用途", width: 18), TableColumn("金额", width: 11), TableColumn("凭证号", width: 12)]

    static func render(_ main: StreetMain, into buffer: inout ScreenBuffer, rect: Rect) {
        if let ledger = main.ledger { return renderLedger(ledger, year: main.year, into: &buffer, rect: rect) }
        buffer.put(StreetScreenText.booksHeading(main.year, sort: main.sort), x: rect.x, y: rect.y, maxWidth: rect.width, role: .title)
        let note = TextWrap.lines(StreetScreenText.booksNote, width: rect.width)
        for (i, line) in note.enumerated() { buffer.put(line, x: rect.x, y: rect.y + 1 + i, role: .messageWarning) }
        let top = rect.y + 1 + note.count
        guard !main.books.isEmpty else {
            buffer.put(StreetScreenText.noCommittees, x: rect.x, y: top + 1, maxWidth: rect.width, role: .muted)
            return
        }
        let sorted = main.sortedBooks
        TableView.render(columns: columns, count: sorted.count, row: { row(sorted[$0]) }, state: main.booksList, into: &buffer,
                         rect: Rect(x: rect.x, y: top, width: rect.width, height: rect.maxY - top))
    }

    static func row(_ b: CommitteeBooks) -> [String] {
        [b.committee] + FundKind.allCases.map { Money.format(b.spent[$0] ?? 0) } + [Money.format(b.total),
                                                                                   StreetScreenText.syncTime(b.lastSync)]
    }

    static func renderLedger(_ ledger: StreetLedger, year: Int, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(StreetScreenText.ledgerHeading(ledger.committee, year, ledger.lines.count), x: rect.x, y: rect.y,
                   maxWidth: rect.width, role: .title)
        guard !ledger.lines.isEmpty else {
            buffer.put(StreetScreenText.ledgerEmpty, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .muted)
            return
        }
        TableView.render(columns: ledgerColumns, count: ledger.lines.count, row: { ledgerRow(ledger.lines[$0]) },
                         state: ledger.list, into: &buffer, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
    }

    static func ledgerRow(_ l: StreetLedgerLine) -> [String] {
        [l.date, StreetScreenText.fund(l.fund), l.category?.title ?? "", (l.isReversal ? StreetScreenText.reversal + " " : "") + l.purpose,
         Money.format(l.amount), l.voucher]
    }
}
