import DataFile
import Domain
import Foundation
import ScreenKit

/// `report points` and `report ranking`: one row a worker with the card's items (CSV with a BOM,
/// or text for print), and the year's ranking per street office. Every figure comes from the
/// domain's `CardTotal`, `CardRow` and `YearRanking`.
public enum PointsReport {
    public static var monthHeader: [String] { ["姓名", "月份"] + PointsItem.allCases.map(\.title) + ["当月积分合计"] }

    // MARK: - A month

    /// The cells of one worker's month: points with one decimal, 安全守纪 "0" or "清零".
    public static func monthCells(name: String, total: CardTotal, rules: RuleSet) -> [String] {
        let items = CardRow.of(total, rules: rules).map { row -> String in
            if row.item == .breach { return row.pointsText == "清零" ? "清零" : "0" }
            return Points.format(row.points ?? 0)
        }
        return [name, total.month.description] + items + [Points.format(total.total)]
    }

    /// The CSV, with a BOM so Excel reads it as UTF-8.
    public static func monthCSV(_ rows: [[String]]) -> String {
        CSVText.document([monthHeader] + rows)
    }

    /// The text for print: one block a worker, the items with their points, then the
    /// explanation of the total and the signature line.
    public static func monthText(committee: String, month: Month, cards: [(name: String, total: CardTotal, rules: RuleSet)]) -> String {
        var out = ["\(committee) \(month.chinese) 社区工作者“百事汇”服务积分", ""]
        for card in cards {
            out.append("姓名：\(card.name)    月份：\(month.chinese)")
            out.append(cardLine(["类别", "分项", "计分标准", "计分依据", "得分"]))
            var group = ""
            for row in CardRow.of(card.total, rules: card.rules) {
                let shownGroup = row.item.group.rawValue == group ? "" : row.item.group.rawValue
                group = row.item.group.rawValue
                out.append(cardLine([shownGroup, row.item.title, row.standard, row.evidence, row.pointsText]))
            }
            out += card.total.explanation.dropFirst(card.total.lines.count).map { "  " + $0 }
            if card.total.signedTotal == nil { out.append("  党总支书记签名：________（未签名）") }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    // MARK: - The year

    /// The ranking as text: per street office, rank, name, total, and whether eligible.
    public static func rankingText(year: Int, ranked: [String: [YearRanking.Ranked]], rules: RuleSet) -> String {
        var out = ["\(year) 年度 居民区社工积分排行榜（\(rules.clause(.ranking))）", ""]
        for office in ranked.keys.sorted() {
            let list = ranked[office] ?? []
            let cutoff = YearRanking.excellentCutoff(count: list.count, rules: rules)
            out.append("\(office)：共 \(list.count) 人，前 \(rules.excellentPercent)% 为第 \(cutoff) 名以内")
            out.append("名次  姓名        居委会                  年度积分  优秀推荐  来源")
            for r in list {
                let cells = [pad(String(r.rank), 4), pad(r.entry.name, 10), pad(r.entry.committee, 22), pad(Points.format(r.entry.total), 8),
                             pad(r.isExcellentEligible ? "可推荐" : "", 8), r.entry.sourceLabel]
                out.append(cells.joined(separator: "  "))
            }
            let imported = Set(list.compactMap { r in r.entry.importedOn.map { "\(r.entry.committee)（\($0.iso) 导入）" } }).sorted()
            if !imported.isEmpty { out.append("其中由各居委会导出文件导入的：" + imported.joined(separator: "、")) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// One line of the printed card, its columns as wide as the paper's.
    private static func cardLine(_ cells: [String]) -> String {
        var line = zip(cells, [8, 8, 26, 36, 6]).map { pad($0, $1) }.joined(separator: " ")
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
