/// What the bookkeeper writes in the ledger when paying (附件一 三(三): 报账员"根据实际支出登记台账，
/// 整理保管好相关票据"): the day the money went, the number of the voucher kept (付款凭证号) and how it was
/// paid. A payment is frozen once written: it is corrected only by a reversing entry.
public struct PaymentDetails: Sendable, Equatable {
    public var date: LocalDate
    /// The 付款凭证号: the invoice or receipt number of the voucher kept with the ledger.
    public var voucher: String
    public var method: PaymentMethod
    /// An imported payment whose file gave no 付款凭证号: stored without one (NULL) and shown as missing,
    /// never as a number (`LedgerEntry.voucherMissing`).
    public private(set) var voucherMissing = false

    public init(date: LocalDate, voucher: String, method: PaymentMethod) {
        self.date = date
        self.voucher = voucher
        self.method = method
    }

    /// The details of an imported payment whose file gave no 付款凭证号 (the import's column is optional).
    public static func importedWithoutVoucher(date: LocalDate, method: PaymentMethod) -> PaymentDetails {
        var details = PaymentDetails(date: date, voucher: "", method: method)
        details.voucherMissing = true
        return details
    }

    /// The payment's number on every screen, message and header: "付款凭证号", the program's own name
    /// (本程序取值; the standard says only 票据), so that it is never taken for the request's 票据
    /// (the receipts and invoices the requester attaches), which keep that word.
    public static let voucherName = "付款凭证号"
    /// The name the payment's number had before, still accepted as an import header.
    public static let formerVoucherName = "票据号"

    /// The longest 付款凭证号 (本程序取值).
    public static let voucherMaxLength = 40

    /// What a 付款凭证号 may be, said on the form and in every refusal.
    public static let voucherRule = "\(voucherName)必填：发票号码或收据编号，1–\(voucherMaxLength) 个字符，不含换行（长度为本程序取值）"

    /// Nil when `text` is an acceptable 付款凭证号, else why not.
    public static func voucherProblem(_ text: String) -> String? {
        let voucher = text.trimmed
        if voucher.isEmpty { return "没有\(voucherName)：请填发票号码或收据编号" }
        if voucher.count > voucherMaxLength || voucher.contains(where: \.isNewline) {
            return "\(voucherName)须为 1–\(voucherMaxLength) 个字符，不含换行（本程序取值）"
        }
        return nil
    }

    /// Nil when these details may be written for `record`, else the first reason why not: the 付款凭证号,
    /// a date before the expense could be paid (`ExpenseRecord.payableFrom`) or after `today` (when
    /// given: the form knows the day; storage, whose callers date their writes, does not), cash for an
    /// item on the official-card list. The one rule the form, the import and storage ask.
    public func problem(for record: ExpenseRecord, today: LocalDate?, rules: RuleSet) -> String? {
        if !voucherMissing, let voucher = Self.voucherProblem(voucher) { return voucher }
        let from = record.payableFrom
        if date < from { return "支付日期 \(date) 早于\(record.payableFromWhat) \(from)" }
        if let today, date > today { return "支付日期 \(date) 晚于今天 \(today)" }
        let method = FundRules.payment(method, spendingItem: record.expense.spendingItem, rules: rules)
        return method.isOK ? nil : method.message
    }

    /// The stored form: the 付款凭证号 trimmed.
    public var trimmed: PaymentDetails {
        var copy = self
        copy.voucher = voucher.trimmed
        return copy
    }
}

extension ExpenseRecord {
    /// The first day the expense may be paid: the last of its request date and the approvals,
    /// street review and verbal approval recorded on it; for spending on a verbal approval the money
    /// goes first and the paperwork follows (附件一 三(二) "先行支出必要的经费，后补申请审批手续"), so
    /// the later approvals do not move it.
    public var payableFrom: LocalDate {
        if let verbal = verbalApproval { return max(expense.date, verbal.date) }
        return ([expense.date] + approvals.map(\.date) + [review?.date, review?.approval?.date, verbalApproval?.date].compactMap { $0 }).max()
            ?? expense.date
    }

    /// What `payableFrom` is, in words.
    public var payableFromWhat: String {
        let day = payableFrom
        if verbalApproval?.date == day { return "口头批准日" }
        if review?.date == day || review?.approval?.date == day || approvals.contains(where: { $0.date == day }) { return "审批日" }
        return "申请日"
    }

    /// This record as if it were paid by `method` (the payment form's choice, or the ledger's).
    public func paying(by method: PaymentMethod) -> ExpenseRecord {
        var copy = self
        copy.expense.payment = method
        return copy
    }
}
