import Foundation

/// The time of a visit as the paper form writes it (年 月 日 时 分), read and written in
/// Asia/Shanghai: "2026-11-29 10:00". The clock is passed in; nothing here reads it.
public enum VisitTime {
    /// The layout shown as the field's hint.
    public static let layout = "YYYY-MM-DD HH:MM"

    // MARK: - Reading

    /// The instant written `text` in Shanghai time, refused when it is malformed or later than `now`.
    public static func parse(_ text: String, now: Date) -> Result<Date, InputError> {
        guard let date = instant(text) else {
            return .failure(InputError("走访时间应写作 \(layout)，如 2026-11-29 09:30"))
        }
        if let early = RecordDates.problem(ShanghaiCalendar.day(of: date), label: "走访时间", today: nil) { return .failure(early) }
        if date > now.addingTimeInterval(60) {
            return .failure(InputError("走访时间 \(format(date)) 晚于现在 \(format(now))：只能登记已经完成的走访"))
        }
        return .success(date)
    }

    /// The instant written `text`, or nil.
    public static func instant(_ text: String) -> Date? {
        let parts = text.trimmedFast(.whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = LocalDate(iso: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count == 2, clock[0].count <= 2, clock[1].count == 2,
              let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return ShanghaiCalendar.startOfDay(day).addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    // MARK: - Writing

    /// "2026-11-29 10:00" in Shanghai.
    public static func format(_ date: Date) -> String {
        let parts = ShanghaiCalendar.calendar.dateComponents([.hour, .minute], from: date)
        return ShanghaiCalendar.day(of: date).iso + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "11-29 10:00": the short form for a list.
    public static func short(_ date: Date) -> String { String(format(date).dropFirst(5)) }
}
