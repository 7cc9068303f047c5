import Foundation
import GRDB

/// A `Date` as GRDB stores it ("yyyy-MM-dd HH:mm:ss.SSS", UTC), written without `DateFormatter`
/// for the instants an import writes a row at a time.
///
/// A visit's time is read from a file to the minute, and formatting it through ICU cost more a
/// row than inserting it. Whole seconds from 1970 to 9999 are written by arithmetic (the same
/// text, StoredDateTests compares them); any other instant goes to GRDB's own formatter.
enum StoredDate {
    static func databaseValue(_ date: Date) -> DatabaseValue {
        let interval = date.timeIntervalSince1970
        guard interval >= 0, interval < 253_402_300_800, interval == interval.rounded(.down) else {
            return date.databaseValue
        }
        let seconds = Int(interval)
        let (year, month, day) = civil(daysSince1970: seconds / 86_400)
        let second = seconds % 86_400
        var out = [UInt8]()
        out.reserveCapacity(23)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, 4); out.append(UInt8(ascii: "-")); digits(month, 2); out.append(UInt8(ascii: "-")); digits(day, 2)
        out.append(UInt8(ascii: " ")); digits(second / 3600, 2); out.append(UInt8(ascii: ":"))
        digits(second / 60 % 60, 2); out.append(UInt8(ascii: ":")); digits(second % 60, 2)
        out.append(contentsOf: ".000".utf8)
        return String(decoding: out, as: UTF8.self).databaseValue
    }

    /// The proleptic Gregorian year, month and day of a count of days since 1970-01-01
    /// (Howard Hinnant's `civil_from_days`).
    static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
