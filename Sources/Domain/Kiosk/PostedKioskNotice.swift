import Foundation

/// A notice as the staff see it on the F2 list: the notice, and its withdrawal if the 书记 took
/// it off the touch screen before its last day.
public struct PostedKioskNotice: Sendable, Equatable, Identifiable {
    public var notice: KioskNotice
    public var withdrawal: Withdrawal?

    public init(notice: KioskNotice, withdrawal: Withdrawal? = nil) {
        self.notice = notice
        self.withdrawal = withdrawal
    }

    public var id: Int64 { notice.id }

    /// Who took the notice off the screen, when and why; the notice itself is never changed.
    public struct Withdrawal: Sendable, Equatable {
        public var byName: String
        public var at: Date
        public var reason: String
        public init(byName: String, at: Date, reason: String) {
            self.byName = byName
            self.at = at
            self.reason = reason
        }
    }

    /// What the list says of it on `day`: 撤下 with when, 展示中, 未到发布日期 or 已过期.
    public func status(on day: LocalDate) -> String {
        if withdrawal != nil { return KioskText.withdrawnMark }
        if day > notice.until { return KioskText.expiredMark }
        return notice.date > day ? KioskText.notYetMark : KioskText.shownMark
    }

    /// Nil when the 书记 may withdraw it on `day`; else why not.
    public func withdrawRefusal(on day: LocalDate) -> String? {
        if withdrawal != nil { return KioskText.alreadyWithdrawn }
        return day > notice.until ? KioskText.pastUntil : nil
    }
}
