import Foundation

/// A calendar month in Asia/Shanghai (year and month): the period of the visit quota and of a
/// points card.
public struct Month: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    // MARK: - Making one

    /// The month, or nil when `month` is not 1…12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month written "2026-11", or nil.
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    // MARK: - Its days

    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    public var lastDay: LocalDate { LocalDate(year: year, month: month, day: LocalDate.daysIn(year: year, month: month))! }

    /// Every day of the month, in order.
    public var days: [LocalDate] { (firstDay.dayNumber...lastDay.dayNumber).map(LocalDate.init(dayNumber:)) }

    public func contains(_ date: LocalDate) -> Bool { date.year == year && date.month == month }

    // MARK: - Neighbours

    public var next: Month { month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)! }
    public var previous: Month { month == 1 ? Month(year: year - 1, month: 12)! : Month(year: year, month: month - 1)! }

    /// Whole months from `other` to this month (positive when this month is later), as `LocalDate.days(since:)`.
    public func months(since other: Month) -> Int { (year - other.year) * 12 + month - other.month }

    /// The twelve months of `year`.
    public static func all(of year: Int) -> [Month] { (1...12).map { Month(year: year, month: $0)! } }

    public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    // MARK: - Writing

    /// "2026-11".
    public var description: String { String(format: "%04d-%02d", year, month) }

    /// "2026年11月".
    public var chinese: String { "\(year)年\(month)月" }
}
