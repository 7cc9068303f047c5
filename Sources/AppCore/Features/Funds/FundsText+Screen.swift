import Domain
import ScreenKit

/// The funds tab's screen text: part of `FundsText`, the one home of the funds feature's Chinese, whose
/// shared sentences are in Domain and whose plan, report, storage, import and runtime text extend it in
/// their own files (`FundsText+Plan`, `+Report`, `+Storage`, `+Import`, `+Runtime`).
extension FundsText {
    // MARK: - Titles

    static let tabTitle = "经费管理"
    static let requestTitle = "支出申请"
    static let loading = "正在读取本年度经费……"
    static func noExpenses(_ k: KeyNamer) -> String { "本年度还没有支出申请：按 \(k(.add)) 填写支出申请。" }
    static let amountHint = "如 500、1,200.50、¥300"
    static let spendingItemHint = "如 办公费、印刷费（公务卡目录内不得付现金）"
    static let decisions = ["同意", "拒绝"]
    static let budgetByCategory = "预算执行（按用途类别：年度计划与实际支出）"
    static let noEntries = "本经费还没有台账记录。"
    static func ledgerKeys(_ k: KeyNamer) -> String { "\(k(.ledger)) 下一项经费 · \(k(.cancel)) 返回支出列表" }

    static func yearTitle(_ year: Int) -> String { "\(tabTitle) · \(year) 年度" }
    static func decideTitle(_ r: ExpenseRecord) -> String { "审批 #\(r.id) \(r.expense.payee) ¥\(Money.yuan(r.expense.amount))" }
    static func reviewTitle(_ r: ExpenseRecord) -> String {
        "街道\(StreetStep.next(r).title)记录 #\(r.id) ¥\(Money.yuan(r.expense.amount))"
    }
    static func reverseTitle(_ r: ExpenseRecord) -> String { "冲销支付 #\(r.id) ¥\(Money.yuan(r.expense.amount))" }
    static func ledgerTitle(_ fund: FundKind, year: Int) -> String { "台账 · \(fund.title) · \(year) 年度" }

    /// The fund's name short enough for three choices on one line.
    static func shortTitle(_ fund: FundKind) -> String {
        switch fund {
        case .committee: return "居委会工作经费"
        case .party: return "党组织专项经费"
        case .foundation: return "基金会匹配资金"
        }
    }

    /// Two or three characters for a table column.
    static func tinyTitle(_ fund: FundKind) -> String {
        switch fund {
        case .committee: return "居委会"
        case .party: return "党组织"
        case .foundation: return "基金会"
        }
    }

    // MARK: - Lines

    static func fundLine(_ fund: FundKind, _ book: FundsBook) -> String {
        "预算 \(Money.format(book.budget(fund)))  已支 \(Money.format(book.spent(fund)))  余额 \(Money.format(book.balance(fund)))"
    }

    static func officeRatio(_ book: FundsBook, rules: RuleSet) -> String {
        "办公经费 \(Money.format(book.officeSpent))，占居委会工作经费预算 \(book.officeRatioText)（上限 \(rules.money.officeCapPercent)%，\(rules.clause(.officeCap))）"
    }

    static func detailHead(_ r: ExpenseRecord) -> String {
        let project = r.project.isEmpty ? "" : "\(r.project) · "
        let receipts = r.receipts.isEmpty ? "" : " · 票据 \(r.receipts)"
        return "#\(r.id) \(project)\(r.expense.purpose) · \(r.expense.payment.title) · 申请人 \(r.requester.name)\(receipts)"
    }

    /// The street's steps as the detail shows them: its 审核, then its 审批 (or that it is still due,
    /// or that both were entered as one step).
    static func review(_ review: StreetReview) -> [String] {
        let reviewed = "街道审核：\(review.reviewer)，文号 \(review.reference)，\(review.date)"
        if review.oneStep { return [reviewed, "街道审批：与审核一并登记；" + ExpenseApproval.oneStepNote] }
        guard let a = review.approval else { return [reviewed, "街道审批：未登记"] }
        return [reviewed, "街道审批：\(a.approver)，文号 \(a.reference)，\(a.date)"]
    }

    static func approvalBeforeReview(_ review: LocalDate) -> String { "街道审批日期不能早于审核日期 \(review)" }

    /// "计划 ¥9,500.00  已支 ¥480.00  余 ¥9,020.00", or only what was spent where nothing is planned.
    static func plannedAgainstSpent(_ planned: Int64, _ spent: Int64) -> String {
        guard planned > 0 else { return "未列计划  已支 \(Money.format(spent))" }
        return "计划 \(Money.format(planned))  已支 \(Money.format(spent))  余 \(Money.format(planned - spent))"
    }

    /// The selected ledger entry: its receipts, who approved the expense (or the street's review,
    /// or the verbal approval), and the bookkeeper who wrote it.
    static func entryDetail(_ e: LedgerEntry, _ r: ExpenseRecord?) -> String {
        let receipts = e.receipts.isEmpty ? "票据 未填" : "票据 \(e.receipts)"
        var approvals = r?.decisions.filter(\.approved).map { "\($0.role.title) \($0.person.name)" }.joined(separator: "、") ?? ""
        if let review = r?.review { approvals = "街道审核 \(review.reviewer) \(review.reference)" }
        if approvals.isEmpty, let verbal = r?.verbalApproval { approvals = "口头批准 \(verbal.approver)（\(verbal.date)）" }
        if approvals.isEmpty, let batch = r?.batch { approvals = "按集中申请 #\(batch.id) 审批" }
        return "#\(e.id) \(paidBy(e) ?? receipts) · 审批 \(approvals.isEmpty ? "无" : approvals) · 报账员 \(e.recordedBy)"
            + (e.kind == .reversal ? " · 冲销理由 \(e.reason)" : "")
    }

    static func entry(_ e: LedgerEntry) -> String {
        e.kind == .payment ? "\(e.recordedBy) \(e.date) 支付" + (paidBy(e).map { "（\($0)）" } ?? "")
            : "\(e.recordedBy) \(e.date) 冲销：\(e.reason)"
    }

    /// "公务卡 · 付款凭证号 FP-0001" for a payment that records them ("公务卡 · 导入时未附付款凭证号" for an
    /// import that gave none); nil for a reversal or an older payment.
    static func paidBy(_ e: LedgerEntry) -> String? {
        guard let method = e.method else { return nil }
        if e.voucherMissing { return "\(method.title) · \(voucherNotImported)" }
        return e.voucher.map { "\(method.title) · \(PaymentDetails.voucherName) \($0)" }
    }

    // MARK: - Refusals on screen

    static let selectFirst = "请先在支出列表中选择一笔支出"

    static func badDate(_ text: String) -> String { text.isEmpty ? "请填写日期" : "日期应为 YYYY-MM-DD：“\(text)”" }
    static func streetFirst(_ v: Verdict, _ k: KeyNamer) -> String {
        "\(v.message)：请先按 \(k(.review)) 登记街道\(v.need == .streetApproval ? "审批" : "审核")记录"
    }
    static func notAwaiting(_ s: ExpenseStatus) -> String { "本笔支出\(s.title)，不在审批中" }
    static func noReviewNeeded(_ s: ExpenseStatus) -> String {
        s == .awaitingApproval ? "单笔不超过 500 元由书记、主任共同审批，无需街道审核" : "本笔支出\(s.title)，无需登记街道审核或审批"
    }
    static func notReversible(_ s: ExpenseStatus) -> String { "只能冲销已支付的支出：本笔\(s.title)" }

    // MARK: - Payment (附件一 三(三))

    static func payTitle(_ r: ExpenseRecord) -> String { "支付 #\(r.id) ¥\(Money.yuan(r.expense.amount)) · \(r.expense.payee)" }
    static let payNotesHead = "须知："

    /// Under a cash request of an item on the official-card list: the way forward.
    static func payByCard(_ keys: KeyNamer) -> String {
        "申请写的现金不影响支付：报账员按 \(keys(.pay)) 支付时选公务卡或银行转账，台账记实际的方式"
    }
    static let payeeKindUnset = "未选"
    static let payeeKindHint = "第一次使用的收款方须选"
    static let payeeCorrectionTitle = "更正收款方类型"
    static func payeeCorrectionFormTitle(_ payee: String, current: PayeeKind?) -> String {
        "更正收款方类型：\(payee)（现为\(current?.title ?? ExpenseNature.unrecorded)）"
    }
    static func payeeCorrectionConfirm(_ c: PayeeCorrection, current: PayeeKind?) -> [String] {
        [c.summary(from: current) + "？", "理由：\(c.reason)",
         (current == nil ? "此前未登记（如导入的收款方）；" : "原登记和本次更正都保留；")
            + "审计日志记下谁、何时、为何更正；居务公开此后按\(c.kind.title)显示该收款方（本程序的做法：收款方类型只增不改）。"]
    }
    /// The request form's notes when they take more rows than are left under the fields.
    static func notesPage(_ page: Int, of pages: Int, _ keys: KeyNamer) -> String {
        "下方提示第 \(page)/\(pages) 页 · \(keys(.pageDown)) 下一页 · \(keys(.pageUp)) 上一页"
    }
    static func payeeFirstUse(_ payee: String) -> String { "收款方“\(payee)”第一次使用：请在“收款方类型”一项选单位或个人" }
    /// 受益对象 starts unanswered: the requester says who benefits, nothing is assumed.
    static let beneficiaryUnset = "未选"
    static let beneficiaryHint = "必选"
    static let beneficiaryNeeded = "请选择受益对象：居民群众、工作人员或其他（由申请人回答，程序不作推断）"
    static func payConfirmTitle(_ r: ExpenseRecord) -> String { "确认支付 #\(r.id)" }

    static func payableFrom(_ r: ExpenseRecord) -> String { "支付日期不早于\(r.payableFromWhat) \(r.payableFrom)，不晚于今天（本程序的做法）" }

    /// Why the form offers fewer methods than the rule set knows, and what became of the request's method.
    static func methodsLimited(_ r: ExpenseRecord, methods: [PaymentMethod], rules: RuleSet) -> String {
        let item = r.expense.spendingItem ?? ""
        let offered = methods.map(\.title).joined(separator: "或")
        let why = "“\(item)”属公务卡强制结算目录，原则上不得使用现金，应以\(offered)支付（\(rules.clause(.officialCard))）"
        guard !methods.contains(r.expense.payment) else { return why }
        return why + "；申请写的是\(r.expense.payment.title)，请按实际选择支付方式，台账记实际的方式"
    }

    static func payConfirm(_ r: ExpenseRecord, _ d: PaymentDetails, reverseKey: String) -> [String] {
        ["向 \(r.expense.payee) 支付 ¥\(Money.yuan(r.expense.amount))（\(r.expense.fund.title) · \(r.expense.category.title)）",
         "支付日期 \(d.date) · \(d.method.title) · \(PaymentDetails.voucherName) \(d.voucher)",
         "支付写入台账后不能修改或删除：如有差错，只能由报账员按 \(reverseKey) 另记一笔冲销并写明理由，"
            + "原支付和冲销都留在台账上（本程序的做法：台账只增不改）。"]
    }

    // MARK: - Emergency spending (附件一 三(二))

    static let verbalChooseApprover = "请选择口头批准的书记或主任"
    static let verbalNoApprovers = "没有申请人以外的在职书记或主任可以口头批准先行支出（附件一 三(二)）"

    /// "书记 王秀兰": a choice of the verbal approval form.
    static func approverChoice(_ p: Person) -> String {
        "\(p.has(.secretary) ? Role.secretary.title : Role.director.title) \(p.name)"
    }
    static let paidAwaitingWritten = "已付待补"
    static let verbalAwaitingPayment = "先行待付"

    static func verbalTitle(_ r: ExpenseRecord) -> String { "先行支出 · 口头批准 #\(r.id) ¥\(Money.yuan(r.expense.amount))" }
    static func verbalNotOpen(_ s: ExpenseStatus) -> String {
        "本笔支出\(s.title)：只有尚在审批中的支出可以按先行支出登记口头批准（附件一 三(二)）"
    }

    /// "先行支出逾期未补书面申请（7 天，附件一 三(二)）：#3 逾期 2 天、#5 逾期 1 天".
    static func overdueLine(_ records: [ExpenseRecord], today: LocalDate, rules: RuleSet) -> String {
        let items = records.map { r -> String in
            let late = r.emergencyVerdict(today: today, rules: rules)?.number("daysLate") ?? 0
            return "#\(r.id) 逾期 \(late) 天"
        }
        return "先行支出逾期未补书面申请（\(rules.money.writtenApplicationDays) 天，本程序取值）："
            + items.joined(separator: "、")
    }

    /// The state column: an emergency whose written application is missing says so.
    static func status(_ r: ExpenseRecord, rules: RuleSet) -> String {
        if r.isBatchApplication && r.status(rules: rules) == .approved { return batchApproved }
        guard r.awaitsWrittenApplication(rules: rules) else { return r.status(rules: rules).title }
        return r.payment == nil ? verbalAwaitingPayment : paidAwaitingWritten
    }

    // MARK: - Batch applications (附件一 三(二))

    static let batchTitle = "集中申请（金额填总额，向街道、镇提出，不论总额）"
    static let batchApproved = "集中已批"
    static let instalmentFollowsBatch = "分批报销随集中申请由街道、镇审批，本笔无需单独审批或登记（附件一 三(二)）"
    static func notABatch(_ k: KeyNamer) -> String { "请先选择一笔集中申请，再按 \(k(.instalment)) 登记分批报销" }

    static func instalmentTitle(_ r: ExpenseRecord, remaining: Int64) -> String {
        "分批报销 · 集中申请 #\(r.id) 剩余 \(Money.format(remaining))"
    }

    static func batchNotApproved(_ v: Verdict) -> String { "集中申请尚未批准，不能分批报销：\(v.message)" }

    /// Under a batch application its total, instalments and what remains; under an instalment the
    /// rule's sums up to it.
    static func batchLines(_ r: ExpenseRecord, book: FundsBook, rules: RuleSet) -> [(String, StyleRole)] {
        if r.isBatchApplication {
            let items = book.instalments(of: r.id)
            let counted = book.instalmentAmounts(of: r.id).reduce(0, +)
            return [("集中申请总额 \(Money.format(r.expense.amount))：已报 \(items.count) 批 \(Money.format(counted))，"
                     + "剩余 \(Money.format(book.remaining(ofBatch: r.id)))（附件一 三(二)）", .label)]
        }
        guard let batch = r.batch else { return [] }
        let verdict = batch.checkInstalment(r.expense.amount, paid: book.instalmentAmounts(of: batch.id, before: r.id), rules: rules)
        return [("分批报销 · 集中申请 #\(batch.id)：" + verdict.message, verdict.isOK ? .normal : .messageError)]
    }
}
