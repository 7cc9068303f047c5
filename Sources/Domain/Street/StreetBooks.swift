import Foundation

/// One committee's 专账 for a year as the street holds it from what the committee synced: what it
/// paid from each fund (payments less reversals). Budgets and plans are not sent to the street
/// yet, so there is no budget and no balance here: the screen says so instead of showing zeros.
public struct CommitteeBooks: Sendable, Equatable {
    public var committee: String
    /// Paid per fund in the year, in fen (a fund with nothing paid is absent).
    public var spent: [FundKind: Int64]
    /// Payments and reversals in the year.
    public var entries: Int
    /// When the committee's last batch arrived; nil when it never synced.
    public var lastSync: Date?

    public init(committee: String, spent: [FundKind: Int64], entries: Int, lastSync: Date?) {
        self.committee = committee
        self.spent = spent
        self.entries = entries
        self.lastSync = lastSync
    }

    /// Paid from every fund together.
    public var total: Int64 { spent.values.reduce(0, +) }
}

/// One payment or reversal of a committee's ledger, as the street holds it.
public struct StreetLedgerLine: Sendable, Equatable {
    public var date: String
    public var isReversal: Bool
    public var fund: FundKind?
    public var category: ExpenseCategory?
    public var purpose: String
    /// Negative for a reversal.
    public var amount: Int64
    public var voucher: String

    public init(date: String, isReversal: Bool, fund: FundKind?, category: ExpenseCategory?, purpose: String, amount: Int64,
                voucher: String) {
        self.date = date
        self.isReversal = isReversal
        self.fund = fund
        self.category = category
        self.purpose = purpose
        self.amount = amount
        self.voucher = voucher
    }
}

/// A person of the street office as the login list shows them: no PIN hash leaves the server's side.
public struct StreetLoginName: Sendable, Equatable {
    public var name: String
    public var roles: [String]
    public var lockedUntil: Date?

    public init(name: String, roles: [String], lockedUntil: Date?) {
        self.name = name
        self.roles = roles
        self.lockedUntil = lockedUntil
    }
}
