import Foundation

/// Where one worker's shift stands, judged from their sign-in and sign-out and the clock.
public enum AttendanceStatus: String, Sendable, Equatable, CaseIterable {
    /// Not begun, not signed in.
    case upcoming
    /// Under way (or about to be), not signed in yet.
    case due
    /// Signed in, the shift still running.
    case onDuty
    /// Signed in on time and signed out without leaving early: counts for points.
    case worked
    /// Signed in after the grace: does not count.
    case late
    /// Signed out before the end's grace: does not count.
    case leftEarly
    /// Signed in late and signed out early: both, neither hidden by the other; does not count.
    case lateAndLeftEarly
    /// Signed in but never signed out by the end: does not count (yet).
    case notSignedOut
    /// No sign-in by the end of the shift.
    case missed

    /// "待值班", "已完成", "迟到", …, as the roster and sheet write it.
    public var title: String {
        switch self {
        case .upcoming: return "待值班"
        case .due: return "待签到"
        case .onDuty: return "值班中"
        case .worked: return "已完成"
        case .late: return "迟到"
        case .leftEarly: return "早退"
        case .lateAndLeftEarly: return "迟到、早退"
        case .notSignedOut: return "未签退"
        case .missed: return "缺勤"
        }
    }

    /// One column for the month grid.
    public var mark: String {
        switch self {
        case .upcoming, .due: return " "
        case .onDuty: return "*"
        case .worked: return "✓"
        case .late, .leftEarly, .lateAndLeftEarly, .notSignedOut: return "!"
        case .missed: return "✗"
        }
    }

    /// Whether the shift earns the 错时值班 points (附件三).
    public var counts: Bool { self == .worked }
}

/// The sign-in rule (附件三 错时值班 “按时到岗出勤”): a sign-in up to the grace after the start is
/// on time, later is late, none by the end is a missed shift; a sign-out more than the grace
/// before the end is leaving early. Only on time and signed out counts.
public enum Attendance {
    // MARK: - Status

    /// The status of `a` on `shift` at `now`.
    public static func status(_ a: DutyAssignment, on shift: Shift, now: Date, rules: RuleSet) -> AttendanceStatus {
        guard let signIn = a.signIn else {
            if now >= shift.endInstant { return .missed }
            return now >= opening(shift, rules) ? .due : .upcoming
        }
        guard let signOut = a.signOut else { return now >= shift.endInstant ? .notSignedOut : .onDuty }
        switch (isLate(signIn, shift, rules), isEarly(signOut, shift, rules)) {
        case (true, true): return .lateAndLeftEarly
        case (true, false): return .late
        case (false, true): return .leftEarly
        case (false, false): return .worked
        }
    }

    /// The verdict on `a`'s shift at `now`: the status with the times and the grace it used.
    public static func evaluate(_ a: DutyAssignment, on shift: Shift, now: Date, rules: RuleSet) -> Verdict {
        let status = status(a, on: shift, now: now, rules: rules)
        let severity: Severity = status.counts ? .ok : ([.late, .leftEarly, .lateAndLeftEarly, .missed, .notSignedOut].contains(status) ? .warning : .ok)
        return Verdict(.dutySignIn, in: rules, severity, DutyText.attendance(status, a, shift, rules),
                       numbers: [.count("graceMinutes", rules.duty.signInGraceMinutes),
                                 .count("lateMinutes", a.signIn.map { max(0, Int(lateSeconds($0, shift) / 60)) } ?? 0)])
    }

    // MARK: - Signing

    /// What pressing the sign key does at `now` for `a`: sign in, sign out, or a refusal naming the
    /// times. A sign-out that would be early is first a question naming the end and 早退, unless
    /// `earlyConfirmed` says the worker has already answered it.
    public static func signAction(_ a: DutyAssignment, on shift: Shift, now: Date, rules: RuleSet,
                                  earlyConfirmed: Bool = false) -> SignDecision {
        if a.signIn == nil {
            if now < opening(shift, rules) { return .refused(refusal(DutyText.tooEarly(shift, rules), rules)) }
            if now >= shift.endInstant { return .refused(refusal(DutyText.tooLate(shift), rules)) }
            return .sign(.signIn)
        }
        guard a.signOut == nil else { return .refused(refusal(DutyText.alreadyDone(shift), rules)) }
        if isEarly(now, shift, rules) && !earlyConfirmed {
            return .confirmEarly(Verdict(.dutySignIn, in: rules, .warning, DutyText.earlyQuestion(shift, now: now)))
        }
        return .sign(.signOut)
    }

    /// Whether a sign-in at `signIn` is past the grace after the start.
    static func isLate(_ signIn: Date, _ shift: Shift, _ rules: RuleSet) -> Bool {
        lateSeconds(signIn, shift) > TimeInterval(rules.duty.signInGraceMinutes * 60)
    }

    /// Whether a sign-out at `signOut` is more than the grace before the end.
    static func isEarly(_ signOut: Date, _ shift: Shift, _ rules: RuleSet) -> Bool {
        earlySeconds(signOut, shift) > TimeInterval(rules.duty.signOutGraceMinutes * 60)
    }

    /// The shift of `worker` that the sign key acts on at `now`: one they are signed in to and
    /// have not left, else one whose sign-in window holds `now`.
    public static func currentShift(of worker: Int64, in shifts: [Shift], now: Date, rules: RuleSet) -> Shift? {
        let mine = shifts.filter { $0.assignment(of: worker) != nil }
        if let open = mine.first(where: { s in
            let a = s.assignment(of: worker)!
            return a.signIn != nil && a.signOut == nil && ShanghaiCalendar.day(of: now) == s.date
        }) { return open }
        return mine.first { now >= opening($0, rules) && now < $0.endInstant && $0.assignment(of: worker)?.signIn == nil }
    }

    // MARK: - Arithmetic

    static func opening(_ shift: Shift, _ rules: RuleSet) -> Date {
        shift.startInstant.addingTimeInterval(-TimeInterval(rules.duty.signInOpensMinutes * 60))
    }

    static func lateSeconds(_ signIn: Date, _ shift: Shift) -> TimeInterval { signIn.timeIntervalSince(shift.startInstant) }
    static func earlySeconds(_ signOut: Date, _ shift: Shift) -> TimeInterval { shift.endInstant.timeIntervalSince(signOut) }

    static func refusal(_ text: String, _ rules: RuleSet) -> Verdict { Verdict(.dutySignIn, in: rules, .refusal, text) }
}

/// What the sign key does: sign in or out, or nothing, with the refusal that says why.
public enum SignDecision: Sendable, Equatable {
    case sign(SignKind)
    /// Signing out now would be 早退: ask first, with the verdict's sentence.
    case confirmEarly(Verdict)
    case refused(Verdict)
}

/// Thrown by storage for a sign-out that would be early and was not yet confirmed: the question to ask.
public struct EarlySignOutQuestion: Error, Sendable, Equatable {
    public let message: String

    public init(_ message: String) { self.message = message }
}

/// Signing in or signing out.
public enum SignKind: String, Sendable, Equatable {
    case signIn = "in"
    case signOut = "out"

    public var title: String { self == .signIn ? "签到" : "签退" }
}
