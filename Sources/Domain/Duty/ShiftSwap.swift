import Foundation

/// A request to hand one's place on a shift to a colleague: the worker asks, the colleague
/// accepts, and a 书记 or 主任 (the rule set's approvers) approves; only then does the roster change.
public struct ShiftSwap: Sendable, Equatable, Identifiable {
    /// Where the request stands.
    public enum Stage: String, Sendable, Equatable, CaseIterable, Codable {
        case asked, accepted, approved, declined, rejected

        /// "待对方同意", "待批准", "已批准", "对方拒绝", "未批准".
        public var title: String {
            switch self {
            case .asked: return "待对方同意"
            case .accepted: return "待书记或主任批准"
            case .approved: return "已批准"
            case .declined: return "对方拒绝"
            case .rejected: return "未批准"
            }
        }

        public var isOpen: Bool { self == .asked || self == .accepted }
    }

    public var id: Int64
    public var shift: Shift
    public var fromID: Int64
    public var fromName: String
    public var toID: Int64
    public var toName: String
    public var stage: Stage
    /// Who approved or refused it, once one has.
    public var deciderName: String?

    public init(id: Int64, shift: Shift, fromID: Int64, fromName: String, toID: Int64, toName: String,
                stage: Stage, deciderName: String? = nil) {
        self.id = id
        self.shift = shift
        self.fromID = fromID
        self.fromName = fromName
        self.toID = toID
        self.toName = toName
        self.stage = stage
        self.deciderName = deciderName
    }
}

/// Who may take each step of a swap, and when; a refusal says which rule and why.
public enum SwapRules {
    /// Whether `from` may ask `to` to take their place on `shift` at `now`.
    public static func ask(_ shift: Shift, from: Int64, to: Person, now: Date, rules: RuleSet) -> Verdict? {
        guard let mine = shift.assignment(of: from) else { return refuse(DutyText.notYourShift, rules) }
        if mine.signIn != nil || now >= shift.startInstant { return refuse(DutyText.swapStarted(shift), rules) }
        if shift.assignment(of: to.id) != nil { return refuse(DutyText.alreadyOnShift(to.name), rules) }
        if !to.isActive { return refuse(DutyText.inactive(to.name), rules) }
        return nil
    }

    /// Whether `person` may accept or decline `swap`: only the colleague asked, while it is asked.
    public static func answer(_ swap: ShiftSwap, by person: Person, rules: RuleSet) -> Verdict? {
        guard swap.stage == .asked else { return refuse(DutyText.swapNotAt(swap.stage), rules) }
        return person.id == swap.toID ? nil : refuse(DutyText.onlyAsked(swap.toName), rules)
    }

    /// Whether `person` may approve or refuse `swap`: an approver, once the colleague has accepted.
    public static func decide(_ swap: ShiftSwap, by person: Person, now: Date, rules: RuleSet) -> Verdict? {
        guard person.roles.contains(where: rules.duty.approvers.contains) else {
            return refuse(DutyText.approversOnly(rules.duty.approvers), rules)
        }
        guard swap.stage == .accepted else { return refuse(DutyText.swapNotAt(swap.stage), rules) }
        return now >= swap.shift.startInstant ? refuse(DutyText.swapStarted(swap.shift), rules) : nil
    }

    /// Whether `person` may fill the roster, add shifts and publish the hours.
    public static func fill(by person: Person, rules: RuleSet) -> Verdict? {
        person.roles.contains(where: rules.duty.approvers.contains) ? nil : refuse(DutyText.approversOnly(rules.duty.approvers), rules)
    }

    /// A refusal marked as the program's reading: the standard says nothing of swaps or who draws up the roster.
    static func refuse(_ text: String, _ rules: RuleSet) -> Verdict { Verdict.local(.dutySwap, .refusal, text, why: DutyText.swapWhy) }
}
