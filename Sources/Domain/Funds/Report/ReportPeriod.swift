/// The period of a disclosure report (附件一 四(一)): at least every quarter inside (对内通报),
/// every half year in public (对外公开), and the year's report.
public struct ReportPeriod: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case quarter(Int), half(Int), year
    }

    public var year: Int
    public var kind: Kind

    public init?(year: Int, kind: Kind) {
        guard (2000...2999).contains(year) else { return nil }
        switch kind {
        case .quarter(let q) where !(1...4).contains(q): return nil
        case .half(let h) where !(1...2).contains(h): return nil
        default: break
        }
        self.year = year
        self.kind = kind
    }

    /// "2024-Q3", "2024-H1" or "2024", as the command line writes them; nil for anything else.
    public init?(text: String) {
        let t = text.uppercased()
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        if parts.count == 1 { self.init(year: year, kind: .year); return }
        guard parts.count == 2, parts[1].count == 2, let n = Int(parts[1].dropFirst()) else { return nil }
        switch parts[1].first {
        case "Q": self.init(year: year, kind: .quarter(n))
        case "H": self.init(year: year, kind: .half(n))
        default: return nil
        }
    }

    /// The first and last month of the period.
    private var months: ClosedRange<Int> {
        switch kind {
        case .quarter(let q): return (q * 3 - 2)...(q * 3)
        case .half(let h): return (h * 6 - 5)...(h * 6)
        case .year: return 1...12
        }
    }

    public var firstDay: LocalDate { Month(year: year, month: months.lowerBound)!.firstDay }
    public var lastDay: LocalDate { Month(year: year, month: months.upperBound)!.lastDay }

    public func contains(_ date: LocalDate) -> Bool { firstDay <= date && date <= lastDay }

    /// "2024年第三季度", "2024年上半年", "2024年度".
    public var title: String {
        switch kind {
        case .quarter(let q): return "\(year)年第\(["一", "二", "三", "四"][q - 1])季度"
        case .half(let h): return "\(year)年\(h == 1 ? "上" : "下")半年"
        case .year: return "\(year)年度"
        }
    }

    /// "2024-Q3", "2024-H1", "2024".
    public var description: String {
        switch kind {
        case .quarter(let q): return "\(year)-Q\(q)"
        case .half(let h): return "\(year)-H\(h)"
        case .year: return String(year)
        }
    }
}
