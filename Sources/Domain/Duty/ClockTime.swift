import Foundation

/// A time of day on a Shanghai business day ("17:00"), in whole minutes after midnight: the
/// start and end of a shift or of the published service hours.
public struct ClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Minutes after midnight, 0…1439.
    public let minutes: Int

    // MARK: - Making one

    /// The time `minutes` after midnight, or nil outside 0…1439.
    public init?(minutes: Int) {
        guard (0..<24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// The time `hour`:`minute`, or nil.
    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.init(minutes: hour * 60 + minute)
    }

    /// The time written "17:00" or "9:30" (full-width colon too), or nil.
    public init?(text: String) {
        let clean = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "：", with: ":")
        let parts = clean.split(separator: ":", omittingEmptySubsequences: false)
        // Digits only: `Int` alone would take "-1" or "+9" and let a sign through.
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    /// The time typed into a field or a file, or a Chinese reason it was refused.
    public static func parse(_ text: String, label: String = "时间") -> Result<ClockTime, InputError> {
        guard let time = ClockTime(text: text) else {
            return .failure(InputError("\(label)“\(FieldText.echo(text))”无效，应写成 HH:MM（00:00 至 23:59），如 17:00"))
        }
        return .success(time)
    }

    // MARK: - Instants

    /// The instant this time falls at on `day` in Shanghai.
    public func instant(on day: LocalDate) -> Date {
        ShanghaiCalendar.startOfDay(day).addingTimeInterval(TimeInterval(minutes * 60))
    }

    /// The Shanghai time of day of `date` (seconds dropped).
    public static func of(_ date: Date) -> ClockTime {
        let parts = ShanghaiCalendar.calendar.dateComponents([.hour, .minute], from: date)
        return ClockTime(hour: parts.hour!, minute: parts.minute!)!
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }

    // MARK: - Writing

    /// "17:00".
    public var text: String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
    public var description: String { text }
}

/// A span of a day from `start` to `end` (end after start; shifts do not run past midnight).
public struct TimeSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    public let start: ClockTime
    public let end: ClockTime

    /// The span, or nil when `end` is not after `start`.
    public init?(_ start: ClockTime, _ end: ClockTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// The span written "17:00-20:00" (also with –, ～ or 至), or a Chinese reason.
    public static func parse(_ text: String) -> Result<TimeSpan, InputError> {
        // Empty parts kept: "-1:00-18:00" or "-18:00-20:00" is not a span with its sign dropped.
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { "-–—~～至".contains($0) }).map(String.init)
        guard parts.count == 2 else { return .failure(InputError("时段“\(FieldText.echo(text))”无效，应写成 17:00-20:00")) }
        return ClockTime.parse(parts[0]).flatMap { start in
            ClockTime.parse(parts[1]).flatMap { end in
                TimeSpan(start, end).map { .success($0) } ?? .failure(InputError("结束时间 \(end) 应晚于开始时间 \(start)"))
            }
        }
    }

    /// "17:00-20:00".
    public var description: String { "\(start)-\(end)" }

    public func contains(_ time: ClockTime) -> Bool { start <= time && time < end }
}
