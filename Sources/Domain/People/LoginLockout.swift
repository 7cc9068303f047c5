import Foundation

/// The lockout rule: five wrong PINs in a row lock a person out for five minutes.
public struct LoginLockout: Sendable, Equatable {
    public var maxFailures: Int
    public var lockSeconds: TimeInterval

    public static let standard = LoginLockout(maxFailures: 5, lockSeconds: 5 * 60)

    public init(maxFailures: Int, lockSeconds: TimeInterval) {
        self.maxFailures = maxFailures
        self.lockSeconds = lockSeconds
    }

    /// A person's recent failed attempts, as kept by storage.
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

    /// The record after one more wrong PIN at `now`: the fifth locks and restarts the count.
    public func afterFailure(_ record: Record, now: Date) -> Record {
        let failures = (lockedUntil(record, now: now) == nil && record.lockedUntil != nil) ? 1 : record.failures + 1
        if failures >= maxFailures {
            return Record(failures: 0, lockedUntil: now.addingTimeInterval(lockSeconds))
        }
        return Record(failures: failures, lockedUntil: nil)
    }

    /// A Chinese explanation for a locked person, with the minutes left.
    public func lockedMessage(until: Date, now: Date) -> String {
        let minutes = Int((until.timeIntervalSince(now) / 60).rounded(.up))
        return "连续 \(maxFailures) 次 PIN 错误，已锁定 \(Int(lockSeconds / 60)) 分钟，还剩约 \(max(minutes, 1)) 分钟"
    }

    /// A Chinese message after a wrong PIN that did not yet lock.
    public func wrongPinMessage(_ record: Record) -> String {
        "PIN 错误，再错 \(maxFailures - record.failures) 次将锁定 \(Int(lockSeconds / 60)) 分钟"
    }
}
