import Foundation

/// The lockout rule: five wrong PINs in a row lock a person out for five minutes, and each further
/// wrong PIN before a right one locks again for twice as long as the last lock (10, 20, 40 minutes …),
/// so guessing a PIN stays slow however long someone keeps at it.
public struct LoginLockout: Sendable, Equatable {
    public var maxFailures: Int
    public var lockSeconds: TimeInterval
    /// The longest single wait. 本程序取值：24 小时（标准未规定）.
    public var maxLockSeconds: TimeInterval

    public static let standard = LoginLockout(maxFailures: 5, lockSeconds: 5 * 60)

    public init(maxFailures: Int, lockSeconds: TimeInterval, maxLockSeconds: TimeInterval = 24 * 60 * 60) {
        self.maxFailures = maxFailures
        self.lockSeconds = lockSeconds
        self.maxLockSeconds = maxLockSeconds
    }

    /// A person's wrong PINs since their last right one, as kept by storage.
    public struct Record: Sendable, Equatable, Codable {
        public var failures: Int
        public var lockedUntil: Date?
        public init(failures: Int = 0, lockedUntil: Date? = nil) {
            self.failures = failures
            self.lockedUntil = lockedUntil
        }
    }

    /// Whether the person is locked at `now`, and until when.
    public func lockedUntil(_ record: Record, now: Date) -> Date? {
        guard let until = record.lockedUntil, until > now else { return nil }
        return until
    }

    /// Until when `person` is locked out at `now` (nil when they are not): the same rule the login
    /// applies, read from the lock stored with the person, for the lists that show it.
    public func lockedUntil(_ person: Person, now: Date) -> Date? {
        lockedUntil(Record(lockedUntil: person.lockedUntil), now: now)
    }

    /// "锁定至 14:35", or "锁定至 12-06 09:10" when the lock ends on another day than `now`.
    public static func untilText(_ until: Date, now: Date) -> String {
        let day = ShanghaiCalendar.day(of: until)
        let date = day == ShanghaiCalendar.day(of: now) ? "" : String(day.iso.dropFirst(5)) + " "
        return "锁定至 \(date)\(ClockTime.of(until).text)"
    }

    /// The lock that follows the `failures`-th wrong PIN in a row: none before the fifth, then
    /// `lockSeconds` doubled for each wrong PIN past the fifth, at most `maxLockSeconds`.
    public func lockSeconds(afterFailures failures: Int) -> TimeInterval? {
        guard failures >= maxFailures else { return nil }
        let doublings = min(failures - maxFailures, 30)
        return min(lockSeconds * pow(2, Double(doublings)), maxLockSeconds)
    }

    /// The record after one more wrong PIN at `now`: from the fifth on, each one locks; only a
    /// right PIN sets the count back to zero.
    public func afterFailure(_ record: Record, now: Date) -> Record {
        let failures = record.failures + 1
        guard let seconds = lockSeconds(afterFailures: failures) else { return Record(failures: failures) }
        return Record(failures: failures, lockedUntil: now.addingTimeInterval(seconds))
    }

    /// A Chinese explanation for a person locked by `record`, with the minutes of this lock, the
    /// minutes left and what the next wrong PIN costs.
    public func lockedMessage(_ record: Record, until: Date, now: Date) -> String {
        let left = max(Int((until.timeIntervalSince(now) / 60).rounded(.up)), 1)
        let failures = max(record.failures, maxFailures)
        let this = Self.minutes(lockSeconds(afterFailures: failures) ?? lockSeconds)
        let next = Self.minutes(lockSeconds(afterFailures: failures + 1) ?? lockSeconds)
        return "连续 \(failures) 次 PIN 错误，已锁定 \(this) 分钟，还剩约 \(left) 分钟；"
            + "再错一次将锁定 \(next) 分钟（第 \(maxFailures) 次起每错一次等待加倍）"
    }

    /// A Chinese message after a wrong PIN that did not yet lock.
    public func wrongPinMessage(_ record: Record) -> String {
        "PIN 错误，再错 \(maxFailures - record.failures) 次将锁定 \(Self.minutes(lockSeconds)) 分钟"
    }

    /// Whole minutes, rounded up.
    static func minutes(_ seconds: TimeInterval) -> Int { Int((seconds / 60).rounded(.up)) }
}
