import ArgumentParser
import DataFile
import Domain
import Foundation
import ScreenKit
import Storage

/// `baishihui report satisfaction --month YYYY-MM | --year YYYY [--format text|csv]`: the
/// residents' satisfaction of a period, one row a source (触摸屏评价, 待回复事项的答复, 线上答复),
/// each counted on its own.
struct SatisfactionReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "satisfaction",
        abstract: "居民满意度统计（\(SatisfactionFigures.clause)）：按来源分行列出件数、已评价、满意、基本满意、不满意和满意率；"
            + "触摸屏评价、待回复事项答复时登记的居民满意度、线上答复的是否满意分别统计，不相加"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

    @Option(help: "月份，如 2026-11") var month: String?
    @Option(help: "年度，如 2026") var year: String?
    @Option(help: "text（可打印的文本，默认）或 csv（带 BOM，Excel 可直接打开）") var format: Format = .text
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let period = try Self.period(month: month, year: year)
        let db = try database.openExisting()
        do {
            let sheet = SatisfactionSheet(figures: try db.satisfactionFigures(period), committee: try db.committee()?.name ?? "",
                                          made: ShanghaiCalendar.day(of: Date()))
            let text = try PracticeData.mark(format == .csv ? sheet.csv : sheet.text, from: db)
            try ExportOutput.write(text, format: format == .csv ? .csv : .text, to: output, database: database, db: db)
        } catch let error as StorageError {
            try fail(error.message)
        }
    }

    /// The one period the options name, or a Chinese message and exit code 1.
    static func period(month: String?, year: String?) throws -> SatisfactionPeriod {
        switch (month, year) {
        case (let m?, nil):
            guard let parsed = Month(text: m) else { try fail(SatisfactionSheet.badMonth(m)) }
            return SatisfactionPeriod(month: parsed)
        case (nil, let y?):
            guard y.count == 4, let n = Int(y), let parsed = SatisfactionPeriod(year: n) else { try fail(SatisfactionSheet.badYear(y)) }
            return parsed
        default:
            try fail(SatisfactionSheet.onePeriod)
        }
    }
}

/// The satisfaction figures as a page to print and as CSV with a BOM: the same rows, one a source.
struct SatisfactionSheet {
    let figures: SatisfactionFigures
    let committee: String
    let made: LocalDate

    static let onePeriod = "请给出一个期间：--month YYYY-MM 或 --year YYYY（只能给一个）"
    static func badMonth(_ text: String) -> String { "月份“\(text)”无效，应写成 YYYY-MM，如 2026-11" }
    static func badYear(_ text: String) -> String { "年度“\(text)”无效，应写成四位数字，如 2026" }

    static let header = ["来源", "件数所指", "件数", "已评价"] + Satisfaction.allCases.map(\.title) + ["满意率"]

    /// One line a source: its name, what 件数 counts, then the figures.
    var lines: [[String]] {
        figures.rows.map { t in
            [t.source.title, t.source.scope, String(t.considered), String(t.rated)]
                + Satisfaction.allCases.map(t.cell) + [t.rateText]
        }
    }

    var csv: String { CSVText.document([["期间"] + Self.header] + lines.map { [figures.period.title] + $0 }) }

    /// Title, the table (figures right-aligned under their heads), what each 件数 counts, the notes.
    var text: String {
        var out = ["\(committee) 居民满意度统计 \(figures.period.title)",
                   "依据：\(SatisfactionFigures.clause) 收集居民群众的满意度数据", ""]
        let widths = [16, 6, 8, 6, 10, 8, 9]
        let heads = [Self.header[0]] + Self.header.dropFirst(2)
        out.append(row(Array(heads), widths))
        for l in lines { out.append(row([l[0]] + l.dropFirst(2), widths)) }
        out.append("")
        out += lines.map { "\($0[0])的件数：\($0[1])" }
        out += ["", SatisfactionFigures.separateNote, SatisfactionFigures.rateNote, "", "制表日期：\(made.iso)"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The first cell left-aligned, the others right-aligned, each in its width.
    private func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).enumerated().map { i, pair in
            let (cell, width) = pair
            let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(cell)))
            return i == 0 ? DisplayWidth.fit(cell, to: width, ellipsis: false) : pad + cell
        }.joined()
    }
}
