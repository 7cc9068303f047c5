import Domain
import ScreenKit

/// The disclosure report as a printable text page, 80 columns wide, Chinese aligned by display
/// width: the funds by category, the projects with their progress, every entry of the period.
public enum FundsReportPage {
    public static let width = 80

    /// The page of `report` for `committee`, made on `made`; `clause` names the office-cap rule.
    public static func text(_ report: FundsReport, committee: Committee, made: LocalDate, clause: String) -> String {
        var lines = [centred(committee.name + " " + FundsReportText.title), centred(FundsReportText.subtitle(report)),
                     String(repeating: "=", count: width), FundsReportText.fundsHeading]
        lines += funds(report)
        lines += ["", FundsReportText.officeShare(report, clause: clause), "", FundsReportText.projectsHeading]
        lines += projects(report)
        lines += ["", FundsReportText.entriesHeading]
        lines += entries(report)
        lines += ["", String(repeating: "-", count: width), FundsReportText.source]
        if report.isPublic { lines.append(FundsReportText.publicNote) }
        lines.append(FundsReportText.footer(committee, made: made))
        return lines.map { trailingTrimmed($0) }.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private static func funds(_ report: FundsReport) -> [String] {
        let widths = [30, 12, 12, 12, 12]
        var lines = [row(FundsReportText.fundsColumns, widths, text: 1)]
        for f in report.funds {
            lines.append(row([f.fund.title, Money.yuan(f.budget), Money.yuan(f.spentInPeriod), Money.yuan(f.spentToDate),
                              Money.yuan(f.balance)], widths, text: 1))
            for c in f.categories {
                lines.append(row(["  " + c.category.title, "", Money.yuan(c.spentInPeriod), Money.yuan(c.spentToDate), ""], widths, text: 1))
            }
        }
        return lines
    }

    private static func projects(_ report: FundsReport) -> [String] {
        guard !report.projects.isEmpty else { return [FundsReportText.noProjects] }
        let widths = [16, 24, 12, 12, 8, 8]
        return [row(FundsReportText.projectsColumns, widths, text: 2)] + report.projects.map { p in
            row([FundsText.shortTitle(p.fund), p.project, Money.yuan(p.spentInPeriod), Money.yuan(p.spentToDate),
                 "\(p.paidCount) 笔", "\(p.openCount) 笔"], widths, text: 2)
        }
    }

    /// The period's entries under the name of their fund.
    private static func entries(_ report: FundsReport) -> [String] {
        guard !report.entries.isEmpty else { return [FundsReportText.noEntries] }
        let widths = [11, 16, 18, 20, 12]
        var lines = [row(FundsReportText.entriesColumns, widths, text: 4)]
        for fund in FundKind.allCases {
            let rows = report.entries.filter { $0.fund == fund }
            if rows.isEmpty { continue }
            lines.append(fund.title)
            lines += rows.map { e in
                row([e.date.iso, e.category.title, e.project, e.payee, Money.yuan(e.amount)], widths, text: 4)
            }
        }
        return lines
    }

    // MARK: - Layout

    /// Cells fitted to `widths`: the first `text` columns left-aligned, the rest (money and
    /// counts) right-aligned.
    private static func row(_ cells: [String], _ widths: [Int], text textColumns: Int) -> String {
        zip(cells, widths).enumerated().map { index, pair in
            let (cell, width) = pair
            let shown = DisplayWidth.fit(cell, to: width - 1)
            if index < textColumns { return shown + " " }
            let text = DisplayWidth.prefix(cell, fitting: width - 1)
            return String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
        }.joined()
    }

    private static func centred(_ text: String) -> String {
        String(repeating: " ", count: max(0, (width - DisplayWidth.of(text)) / 2)) + text
    }

    private static func trailingTrimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
