/// One row of a fund's ledger (台账): a payment of an approved expense, or the reversal of a
/// payment with its reason. Amounts are signed fen: a payment adds to the fund's spending, a
/// reversal takes the same amount off. Entries are never changed or removed.
public struct LedgerEntry: Sendable, Equatable, Identifiable {
    /// Whether the entry pays an expense or reverses a payment.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case payment, reversal

        /// "支付" or "冲销".
        public var title: String { self == .payment ? "支付" : "冲销" }
    }

    public var id: Int64
    public var expenseID: Int64
    public var kind: Kind
    public var fund: FundKind
    public var category: ExpenseCategory
    /// Signed fen: positive for a payment, negative for a reversal.
    public var amount: Int64
    public var payee: String
    public var receipts: String
    public var date: LocalDate
    /// Why a payment was reversed; empty for a payment.
    public var reason: String
    /// The payment a reversal undoes.
    public var reversesID: Int64?
    /// The fund's spending this year after this entry, as stored when it was written.
    public var fundSpentAfter: Int64
    /// The bookkeeper who wrote the entry.
    public var recordedBy: String
    /// The id of the person who wrote it, for `check` to ask whether they held 报账员 that day.
    public var recorderID: Int64?
    /// The 付款凭证号 of a payment; nil on a reversal and on payments written before it was asked.
    public var voucher: String?
    /// How a payment was paid; nil on a reversal and on payments written before it was asked.
    public var method: PaymentMethod?

    /// A payment imported without its 付款凭证号: its method is known and its number is not (a payment
    /// written before either was asked has neither).
    public var voucherMissing: Bool { kind == .payment && method != nil && voucher == nil }

    public init(id: Int64, expenseID: Int64, kind: Kind, fund: FundKind, category: ExpenseCategory, amount: Int64,
                payee: String, receipts: String, date: LocalDate, reason: String = "", reversesID: Int64? = nil,
                fundSpentAfter: Int64, recordedBy: String, recorderID: Int64? = nil,
                voucher: String? = nil, method: PaymentMethod? = nil) {
        self.id = id
        self.expenseID = expenseID
        self.kind = kind
        self.fund = fund
        self.category = category
        self.amount = amount
        self.payee = payee
        self.receipts = receipts
        self.date = date
        self.reason = reason
        self.reversesID = reversesID
        self.fundSpentAfter = fundSpentAfter
        self.recordedBy = recordedBy
        self.recorderID = recorderID
        self.voucher = voucher
        self.method = method
    }
}

extension Sequence where Element == LedgerEntry {
    /// The entries by date, then by id (the order written) within a day: the order every ledger page
    /// and every disclosure shows them in, so a payment recorded late stands on its own day. The
    /// books keep the order written, in which each entry's running total was stored.
    public func chronological() -> [LedgerEntry] { sorted { ($0.date, $0.id) < ($1.date, $1.id) } }
}
