import Domain
import ScreenKit

/// The disclosure page of the funds tab (居务公开, 附件一 四(一)): the same report as
/// `baishihui report funds`, for a quarter, a half or the year of the books shown, inside or in
/// its public edition, scrolled with the list keys.
public struct DisclosureState: Equatable, Sendable {
    /// The period shown; nil until the page is first shown (then this quarter).
    public var period: ReportPeriod?
    public var isPublic = false
    public var scroll = 0

    public init() {}
}

enum DisclosureFeature {
    // MARK: - Keys

    /// Moves through the page, its periods and editions; false for a command it does not use.
    static func handle(_ command: Command, _ state: inout FundsState, today: LocalDate) -> Bool {
        guard let book = state.book, let rules = state.rules else { return false }
        var page = state.report
        let period = page.period ?? quarter(of: today, year: book.year)
        let report = FundsReport(book: book, period: period, isPublic: page.isPublic, rules: rules)
        let end = FundsReportPage.body(report, clause: rules.clause(.officeCap)).count - 1
        if let moved = Scroll.moved(page.scroll, by: command, end: end) {
            state.report.scroll = moved
            return true
        }
        switch command {
        case .previousMonth: page.period = shifted(period, by: -1); page.scroll = 0
        case .nextMonth: page.period = shifted(period, by: 1); page.scroll = 0
        case .reportKind: page.period = nextKind(period); page.scroll = 0
        case .reportPublic: page.isPublic.toggle(); page.scroll = 0
        default: return false
        }
        state.report = page
        return true
    }

    /// The quarter of `today` when it falls in `year`, else that year's last quarter.
    static func quarter(of today: LocalDate, year: Int) -> ReportPeriod {
        let q = today.year == year ? (today.month - 1) / 3 + 1 : 4
        return ReportPeriod(year: year, kind: .quarter(q))!
    }

    /// The period before or after, within the same year (the tab holds one year's books).
    static func shifted(_ p: ReportPeriod, by delta: Int) -> ReportPeriod {
        switch p.kind {
        case .quarter(let q): return ReportPeriod(year: p.year, kind: .quarter(min(4, max(1, q + delta))))!
        case .half(let h): return ReportPeriod(year: p.year, kind: .half(min(2, max(1, h + delta))))!
        case .year: return p
        }
    }

    /// Quarter → the half holding it → the year → the first quarter.
    static func nextKind(_ p: ReportPeriod) -> ReportPeriod {
        switch p.kind {
        case .quarter(let q): return ReportPeriod(year: p.year, kind: .half(q <= 2 ? 1 : 2))!
        case .half: return ReportPeriod(year: p.year, kind: .year)!
        case .year: return ReportPeriod(year: p.year, kind: .quarter(1))!
        }
    }

    // MARK: - Drawing

    static func render(_ state: FundsState, book: FundsBook, rules: RuleSet, keys: KeyNamer, today: LocalDate,
                       into buffer: inout ScreenBuffer, rect: Rect) {
        let period = state.report.period ?? quarter(of: today, year: book.year)
        let report = FundsReport(book: book, period: period, isPublic: state.report.isPublic, rules: rules)
        buffer.put(FundsText.disclosureTitle(report), x: rect.x, y: rect.y, maxWidth: rect.width, role: .title)
        buffer.put(FundsText.disclosureKeys(keys), x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .muted)
        let lines = FundsReportPage.body(report, clause: rules.clause(.officeCap), columns: rect.width)
        let visible = rect.height - 2
        let top = min(state.report.scroll, max(0, lines.count - visible))
        for (i, line) in lines.dropFirst(top).prefix(visible).enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + 2 + i, maxWidth: rect.width, role: .normal)
        }
    }
}
