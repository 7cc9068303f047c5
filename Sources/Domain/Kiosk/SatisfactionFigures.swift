/// The committee's satisfaction figures for a period (二(六)：收集居民群众的满意度数据): one row a
/// source, each counted on its own and never added into another, since one consultation may be
/// rated both at the touch screen and when its reply is given. Other sources (visits, duty,
/// projects) join as further rows.
public struct SatisfactionFigures: Sendable, Equatable {
    public var period: SatisfactionPeriod
    public var rows: [SatisfactionTally]

    public init(period: SatisfactionPeriod, rows: [SatisfactionTally]) {
        self.period = period
        self.rows = rows
    }

    /// The clause the figures serve.
    public static let clause = "二(六)"
    /// Said under every table, so nobody adds the rows up (本程序的做法).
    public static let separateNote = "各来源分别统计，不相加：同一次接待可能在触摸屏上和答复时各评价一次。"
    /// How the rate is worked out (本程序取值).
    public static let rateNote = "满意率 =（满意 + 基本满意）÷ 已评价，保留一位小数（本程序取值）；无评价时为“—”。"
}

/// Where a satisfaction figure comes from, and what it counts.
public enum SatisfactionSource: String, Sendable, CaseIterable {
    /// The residents' own ratings at the touch screen (评价), of the period's reception records.
    case kiosk
    /// The 居民满意度 recorded with the reply to a 待回复 matter of the period.
    case reply
    /// 是否满意 of the period's questions answered on the “社区治理云平台”.
    case online

    public var title: String {
        switch self {
        case .kiosk: "触摸屏评价"
        case .reply: "待回复事项的答复"
        case .online: "线上答复"
        }
    }

    /// What the row's 件数 counts.
    public var scope: String {
        switch self {
        case .kiosk: "本期接待记录"
        case .reply: "本期接待记录中的待回复事项"
        case .online: "本期收到并已答复的线上问询"
        }
    }

    /// The levels this source can record: the platform knows only 满意 and 不满意.
    public var levels: [Satisfaction] {
        self == .online ? [.satisfied, .unsatisfied] : Satisfaction.allCases
    }
}

/// One source's figures: how many things it covers, and how many were rated at each level.
public struct SatisfactionTally: Sendable, Equatable {
    public var source: SatisfactionSource
    /// 件数: what the source covers in the period (see `SatisfactionSource.scope`).
    public var considered: Int
    public var counts: [Satisfaction: Int]

    public init(source: SatisfactionSource, considered: Int, counts: [Satisfaction: Int]) {
        self.source = source
        self.considered = considered
        self.counts = counts
    }

    /// 已评价.
    public var rated: Int { counts.values.reduce(0, +) }

    /// The count at `level` as written in the table: "—" for a level the source cannot record.
    public func cell(_ level: Satisfaction) -> String {
        source.levels.contains(level) ? String(counts[level] ?? 0) : "—"
    }

    /// 满意率 in tenths of a percent, rounded half up; nil when nothing was rated.
    public var ratePermille: Int? {
        guard rated > 0 else { return nil }
        let pleased = (counts[.satisfied] ?? 0) + (counts[.fairlySatisfied] ?? 0)
        return (pleased * 2000 + rated) / (2 * rated)
    }

    /// "83.3%", or "—" when nothing was rated.
    public var rateText: String {
        guard let p = ratePermille else { return "—" }
        return "\(p / 10).\(p % 10)%"
    }
}

/// The days a satisfaction report covers: a month or a year.
public struct SatisfactionPeriod: Sendable, Equatable {
    public var first: LocalDate
    public var last: LocalDate
    /// "2026年11月", "2026年".
    public var title: String

    public init(month: Month) {
        first = month.firstDay
        last = month.lastDay
        title = month.chinese
    }

    /// Nil outside the years a date may have here.
    public init?(year: Int) {
        guard (2000...2999).contains(year), let first = LocalDate(year: year, month: 1, day: 1),
              let last = LocalDate(year: year, month: 12, day: 31) else { return nil }
        self.first = first
        self.last = last
        title = "\(year)年"
    }
}
