import Foundation

/// Today's date as the status line shows it, always in Asia/Shanghai whatever the machine's zone.
enum ShanghaiDate {
    static let weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"]

    static func display(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
        return String(format: "%04d-%02d-%02d ", c.year!, c.month!, c.day!) + weekdays[c.weekday! - 1]
    }
}
