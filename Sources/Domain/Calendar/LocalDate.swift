import Foundation

/// A calendar day in Asia/Shanghai ("2026-11-29"), without a time or a zone: the unit of every
/// business date (a visit, an expense, a signature). Arithmetic is exact day counting.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    // MARK: - Making one

    /// The date, or nil when no such day exists (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(year: year, month: month)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date written "2026-11-29", or nil.
    public init?(iso text: String) {
        // The stored form, ten ASCII bytes "dddd-dd-dd", read byte by byte: splitting strings was a
        // fifth of reading a district's year of funds. Anything else goes the general way.
        if text.utf8.count == 10, let date = text.utf8.withContiguousStorageIfAvailable(Self.digits(_:)) ?? nil {
            self = date
            return
        }
        let parts = text.trimmedFast(.whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date of ten bytes "dddd-dd-dd" (ASCII digits), or nil.
    private static func digits(_ b: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        let dash = UInt8(ascii: "-")
        guard b[4] == dash, b[7] == dash, let y = number(b, 0..<4), let m = number(b, 5..<7), let d = number(b, 8..<10) else {
            return nil
        }
        return LocalDate(year: y, month: m, day: d)
    }

    /// The decimal number the ASCII digits of `b` in `range` write, or nil if one is not a digit.
    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for i in range {
            let digit = b[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The day `dayNumber` days after 1970-01-01 (a civil-calendar conversion, no time zone).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    // MARK: - Arithmetic

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Whole days from `other` to this date (positive when this date is later).
    public func days(since other: LocalDate) -> Int { dayNumber - other.dayNumber }

    /// The day of the week.
    public var weekday: Weekday { Weekday(rawValue: ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1)! }

    /// The calendar month this day belongs to.
    public var calendarMonth: Month { Month(year: year, month: month)! }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    // MARK: - Writing

    /// "2026-11-29". Written digit by digit for years 0–9999 (`String(format:)` was a visible
    /// part of importing a visit, which writes the day of each row).
    public var iso: String {
        guard (0...9999).contains(year) else { return String(format: "%04d-%02d-%02d", year, month, day) }
        let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
        let bytes: [UInt8] = [zero + UInt8(year / 1000), zero + UInt8(year / 100 % 10), zero + UInt8(year / 10 % 10),
                              zero + UInt8(year % 10), dash, zero + UInt8(month / 10), zero + UInt8(month % 10), dash,
                              zero + UInt8(day / 10), zero + UInt8(day % 10)]
        return String(decoding: bytes, as: UTF8.self)
    }
    public var description: String { iso }

    /// "2026年11月29日".
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A day of the week, Monday first as in China; `chinese` is "星期一" … "星期日".
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// "星期一" … "星期日".
    public var chinese: String { "星期" + digit }
    /// "周一" … "周日", where room is short (the status line).
    public var short: String { "周" + digit }
    private var digit: String { ["一", "二", "三", "四", "五", "六", "日"][rawValue - 1] }
}
