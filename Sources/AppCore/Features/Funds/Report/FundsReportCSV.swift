import DataFile
import Foundation
import Domain

/// The disclosure report as CSV with a UTF-8 BOM: one table whose first column names the part
/// (经费, 用途类别, 项目 with its plan amount under 年度预算, 进展 and 成效 under their project, 明细,
/// 说明), each 明细 row with its expense's 受益对象 and 费用性质 in the last two columns; amounts in yuan
/// without grouping, so Excel reads numbers.
public enum FundsReportCSV {
    public static func text(_ r: FundsReport) -> String {
        typealias T = FundsText
        var rows = [T.csvColumns]
        for f in r.funds {
            rows.append([T.csvFund, f.fund.title, "", "", "", "", plain(f.budget), plain(f.spentInPeriod), plain(f.spentToDate),
                         plain(f.balance), ""])
            rows += f.categories.map { c in
                [T.csvCategory, f.fund.title, c.category.title, "", "", "", "", plain(c.spentInPeriod), plain(c.spentToDate), "", ""]
            }
        }
        for p in r.projects {
            rows.append([T.csvProject, p.fund.title, "", p.project, "", "", p.planned.map(plain) ?? "", plain(p.spentInPeriod),
                         plain(p.spentToDate), "", T.progress(p)])
            rows += p.notes.map { n in
                [n.kind.title, p.fund.title, "", p.project, n.date.iso, "", "", "", "", "",
                 n.text + (n.recordedBy.isEmpty ? "" : "（登记：\(n.recordedBy)）")]
            }
        }
        rows += r.entries.map { e in
            [T.csvEntry, e.fund.title, e.category.title, e.project, e.date.iso, e.payee, "", plain(e.amount), "", "", T.entryNote(e),
             ExpenseNature.title(e.beneficiary), ExpenseNature.title(e.costKind)]
        }
        rows.append([T.csvNote, "", "", "", "", "", "", "", "", "", T.subtitle(r) + (r.isPublic ? "；" + T.publicNote : "")])
        // Only a 明细 row has a 受益对象 and 费用性质 (未登记 when its expense has none); the others leave both empty.
        return CSVText.document(rows.map { $0.count < T.csvColumns.count ? $0 + Array(repeating: "", count: T.csvColumns.count - $0.count) : $0 })
    }

    /// "1200.50", "-80.00": yuan with two decimals and no grouping.
    static func plain(_ fen: Int64) -> String { Money.yuan(fen).replacingOccurrences(of: ",", with: "") }
}
