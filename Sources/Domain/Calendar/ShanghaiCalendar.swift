import Foundation

/// The business time zone, Asia/Shanghai, named explicitly (the machine runs in UTC): turns an
/// instant passed in by the caller into the Shanghai day, month and a line for the screen.
/// Nothing here reads the clock.
public enum ShanghaiCalendar {
    // MARK: - The zone

    /// Asia/Shanghai (UTC+8, no daylight saving).
    public static let timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    /// A Gregorian calendar in Asia/Shanghai.
    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    // MARK: - From an instant

    /// The Shanghai day of the instant `date`.
    public static func day(of date: Date) -> LocalDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The Shanghai month of the instant `date`.
    public static func month(of date: Date) -> Month { day(of: date).calendarMonth }

    /// "2026-11-29": the Shanghai date of `date`.
    public static func dateString(for date: Date) -> String { day(of: date).iso }

    /// "星期日": the Shanghai weekday of `date`.
    public static func weekdayName(for date: Date) -> String { day(of: date).weekday.chinese }

    /// "2026-11-29 星期日": today's line for the status bar.
    public static func todayLine(for date: Date) -> String { "\(dateString(for: date)) \(weekdayName(for: date))" }

    // MARK: - Back to an instant

    /// The instant at which `day` begins in Shanghai.
    public static func startOfDay(_ day: LocalDate) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }
}
