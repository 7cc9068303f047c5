import Domain
import Foundation

/// Instants of the demo data: Shanghai days and minutes to seconds since 1970, and the text GRDB stores.
public enum DemoTime {
    /// The instant `minute` minutes after midnight of `day` in Shanghai (UTC+8, no summer time).
    public static func instant(_ day: LocalDate, minute: Int) -> Int64 {
        Int64(day.dayNumber) * 86_400 + Int64(minute) * 60 - 8 * 3600
    }

    public static func date(_ instant: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(instant)) }

    /// "2026-11-03 01:30:00.000" (UTC), the way GRDB stores a `Date`.
    static func text(_ instant: Int64) -> String {
        let days = Int(instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400)
        let seconds = Int(instant - Int64(days) * 86_400)
        let day = LocalDate(dayNumber: days)
        return String(day.year) + "-" + two(day.month) + "-" + two(day.day) + " " + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60) + ".000"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
