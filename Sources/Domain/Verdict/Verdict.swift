import Foundation

/// What a rule says about one case: the rule's id, the clause it comes from, the numbers it
/// used, how serious it is, what is still needed, and a Chinese sentence a worker can read,
/// e.g. "单笔 620.00 元 > 500.00 元：须先经街道、镇相关科室审核（附件一 三(二)）".
/// Screens show `message` as it is.
public struct Verdict: Sendable, Equatable, CustomStringConvertible {
    public var rule: RuleID
    /// The clause of the source standard, as the rule set names it ("附件一 三(二)").
    public var clause: String
    public var severity: Severity
    /// The numbers the rule used, by name ("amount", "limit", …).
    public var numbers: [Figure]
    /// What must be added before the case can go on, when `severity` is `.needs`.
    public var need: Need?
    /// The sentence for the screen; it ends with the clause in full-width brackets.
    public var message: String

    public init(rule: RuleID, clause: String, severity: Severity, numbers: [Figure] = [], need: Need? = nil, message: String) {
        self.rule = rule
        self.clause = clause
        self.severity = severity
        self.numbers = numbers
        self.need = need
        self.message = message
    }

    /// A verdict whose message is `text` followed by "（clause）".
    public init(_ rule: RuleID, in rules: RuleSet, _ severity: Severity, _ text: String,
                numbers: [Figure] = [], need: Need? = nil) {
        let clause = rules.clause(rule)
        self.init(rule: rule, clause: clause, severity: severity, numbers: numbers, need: need,
                  message: "\(text)（\(clause)）")
    }

    /// A verdict of a rule the standard does not state but the program needs: its message ends
    /// "（本程序的做法：why）" and it cites no clause.
    public static func local(_ rule: RuleID, _ severity: Severity, _ text: String, why: String) -> Verdict {
        Verdict(rule: rule, clause: "本程序的做法", severity: severity, message: "\(text)（本程序的做法：\(why)）")
    }

    public var description: String { message }

    /// The number named `name`, if the rule used one.
    public func number(_ name: String) -> Int64? { numbers.first(where: { $0.name == name })?.value }

    public var isOK: Bool { severity == .ok }
}

// MARK: - Severity

/// How serious a verdict is, from fine to refused; `Comparable` so the worst can be picked.
public enum Severity: Int, Sendable, Comparable, CaseIterable {
    case ok, warning, needs, refusal

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// "通过", "提醒", "待补", "不予通过".
    public var title: String { ["通过", "提醒", "待补", "不予通过"][rawValue] }
}

// MARK: - Figure

/// One number a rule used, with its unit so a screen can write it back.
public struct Figure: Sendable, Equatable {
    public enum Unit: String, Sendable { case fen, tenths, count, days, percent }
    public var name: String
    public var value: Int64
    public var unit: Unit

    public init(_ name: String, _ value: Int64, _ unit: Unit) {
        self.name = name
        self.value = value
        self.unit = unit
    }

    public static func fen(_ name: String, _ value: Int64) -> Figure { Figure(name, value, .fen) }
    public static func tenths(_ name: String, _ value: Int) -> Figure { Figure(name, Int64(value), .tenths) }
    public static func count(_ name: String, _ value: Int) -> Figure { Figure(name, Int64(value), .count) }
    public static func days(_ name: String, _ value: Int) -> Figure { Figure(name, Int64(value), .days) }
}

// MARK: - Need

/// What a case still needs before it can go on.
public enum Need: Sendable, Equatable {
    /// Approvals by people holding these roles (书记, 主任).
    case approvals([Role])
    /// The street office's review record: reviewer, reference number, date.
    case streetReview
    /// The street office's approval record after its review: approver, reference number, date.
    case streetApproval
    /// The written application after emergency spending, by this date.
    case writtenApplication(due: LocalDate)
    /// The reference of the committee's collective decision (会议记录).
    case meetingRecord
    /// The evidence (计分依据) of a points line.
    case evidence
}

// MARK: - Many verdicts

public extension Array where Element == Verdict {
    /// The most serious severity among the verdicts (`.ok` when there are none).
    var worst: Severity { map(\.severity).max() ?? .ok }

    /// The verdicts that are not `.ok`.
    var problems: [Verdict] { filter { $0.severity != .ok } }
}
