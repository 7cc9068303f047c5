import Domain
import ScreenKit

/// The disclosure report as a printable text page, 80 columns wide, Chinese aligned by display
/// width: the funds by category, the projects with their progress and results, every entry of the period.
public enum FundsReportPage {
    public static let width = 80

    /// The page of `report` for `committee`, made on `made`; `clause` names the office-cap rule.
    public static func text(_ report: FundsReport, committee: Committee, made: LocalDate, clause: String) -> String {
        var lines = [centred(committee.name + " " + FundsText.reportTitle), centred(FundsText.subtitle(report))]
        lines += body(report, clause: clause)
        lines.append(FundsText.footer(committee, made: made))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The page between its title and its footer, `columns` wide (the tab's disclosure page is
    /// narrower than paper: its widest text column gives way), long sentences wrapped.
    public static func body(_ report: FundsReport, clause: String, columns: Int = width) -> [String] {
        let cut = max(0, width - columns)
        var lines = [String(repeating: "=", count: columns), FundsText.fundsHeading]
        lines += funds(report, cut: cut)
        lines += [""] + FundsView.wrap(FundsText.officeShare(report, clause: clause), width: columns)
        lines += ["", FundsText.projectsHeading]
        lines += projects(report, cut: cut)
        lines += ["", FundsText.entriesHeading]
        lines += entries(report, cut: cut)
        lines += ["", String(repeating: "-", count: columns), FundsText.source]
        if report.isPublic { lines += FundsView.wrap(FundsText.publicNote, width: columns) }
        return lines.map { trailingTrimmed($0) }
    }

    // MARK: - Sections

    private static func funds(_ report: FundsReport, cut: Int) -> [String] {
        let widths = [30 - cut, 12, 12, 12, 12]
        var lines = [row(FundsText.fundsColumns, widths, text: 1)]
        for f in report.funds {
            lines.append(row([f.fund.title, Money.yuan(f.budget), Money.yuan(f.spentInPeriod), Money.yuan(f.spentToDate),
                              Money.yuan(f.balance)], widths, text: 1))
            for c in f.categories {
                lines.append(row(["  " + c.category.title, "", Money.yuan(c.spentInPeriod), Money.yuan(c.spentToDate), ""], widths, text: 1))
            }
        }
        return lines
    }

    /// Each project's money, then its progress and results entries indented under it.
    static func projects(_ report: FundsReport, cut: Int) -> [String] {
        guard !report.projects.isEmpty else { return [FundsText.noProjects] }
        let widths = [8, 24 - cut, 12, 12, 12, 6, 6]
        var lines = [row(FundsText.projectsColumns, widths, text: 2)]
        for p in report.projects {
            lines.append(row([FundsText.tinyTitle(p.fund), p.project, p.planned.map(Money.yuan) ?? "—", Money.yuan(p.spentInPeriod),
                              Money.yuan(p.spentToDate), "\(p.paidCount) 笔", "\(p.openCount) 笔"], widths, text: 2))
            for note in p.notes {
                lines += FundsView.wrap(FundsText.note(note), width: width - cut - 4).map { "    " + $0 }
            }
        }
        return lines
    }

    /// The period's entries under the name of their fund.
    private static func entries(_ report: FundsReport, cut: Int) -> [String] {
        guard !report.entries.isEmpty else { return [FundsText.reportNoEntries] }
        let widths = [11, 16, 18 - cut, 20, 12]
        var lines = [row(FundsText.entriesColumns, widths, text: 4)]
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
