import Foundation

/// One thing the street office must see, as the committee's outbox holds it: what happened
/// (an audit action such as `expense.request`), to which record, and its detail as JSON text.
///
/// `seq` is the committee's own sequence number: the street keys every item by committee and
/// `seq`, so an item sent twice is stored once, and items are sent in `seq` order.
public struct StreetItem: Sendable, Equatable {
    public var seq: Int64
    public var kind: String
    public var entityID: Int64?
    public var detail: String
    /// The audit row that recorded the same change (its id; the chain's rows are 1, 2, 3, …).
    public var auditRow: Int64

    public init(seq: Int64, kind: String, entityID: Int64?, detail: String, auditRow: Int64) {
        self.seq = seq
        self.kind = kind
        self.entityID = entityID
        self.detail = detail
        self.auditRow = auditRow
    }
}

/// A decision of the street office about one of a committee's expenses, as it comes back down.
public struct StreetDecision: Sendable, Equatable {
    /// Passed (审核 and 审批 under one number) or returned with a reason.
    public enum Kind: String, Sendable {
        case passed = "pass"
        case returned = "return"
    }

    /// The street's own id of the decision: the committee's cursor, and what makes a pull idempotent.
    public var id: Int64
    public var expenseID: Int64
    public var kind: Kind
    /// The street's number (普街审〔2026〕17号) when passed; empty when returned.
    public var number: String
    /// Why it was returned; empty when passed.
    public var reason: String
    public var reviewer: String
    public var date: LocalDate

    public init(id: Int64, expenseID: Int64, kind: Kind, number: String, reason: String, reviewer: String, date: LocalDate) {
        self.id = id
        self.expenseID = expenseID
        self.kind = kind
        self.number = number
        self.reason = reason
        self.reviewer = reviewer
        self.date = date
    }
}

/// The street office's roles (附件一 的“街道、镇相关部门”): 自治办 reviews, 财务 keeps the 专账, 领导 reads all.
public enum StreetRole: String, Sendable, CaseIterable {
    case selfGovernanceOffice = "自治办"
    case finance = "财务"
    case leader = "领导"
}
