import Domain

/// The funds storage's refusals and the check's findings: part of `FundsText`, the one home of the funds
/// feature's Chinese (the expense import's own sentences are in `FundsText+Import`).
extension FundsText {
    // MARK: - Requests and budgets

    static let payeeEmpty = "收款方不能为空"
    static let purposeEmpty = "用途不能为空"
    static let requesterInactive = "申请人须为在职人员"

    static func expenseNotFound(_ id: Int64) -> String { "找不到编号为 \(id) 的支出申请" }

    // MARK: - Payees

    static func noSuchPayee(_ payee: String) -> String { "没有以“\(FieldText.echo(payee))”为收款方的支出：只能更正用过的收款方" }

    // MARK: - Approvals (附件一 三(二))

    static let reviewIncomplete = "街道审核记录须填写审核人、文号和日期"
    static let reviewOnlyForStreet = "本笔支出不超过 500 元，按“小额、合理、必须”由书记、主任共同审批，无需街道审核"
    static let alreadyReviewed = "本笔支出已登记街道审核记录，不能重复登记或修改"
    static let approvalIncomplete = "街道审批记录须填写审批人、文号和日期"
    static let reviewBeforeApproval = "本笔支出还没有街道审核记录：审核后才按街道、镇相关程序审批（附件一 三(二)）"
    static let alreadyStreetApproved = "本笔支出已登记街道审批记录，不能重复登记或修改"
    static func approvalBeforeReview(_ date: LocalDate, _ review: LocalDate) -> String {
        "街道审批日期 \(date) 早于审核日期 \(review)：审批在审核之后（附件一 三(二)）"
    }

    static func notHolding(_ person: Person, _ role: Role) -> String {
        "\(person.name) 不担任\(role.title)，不能以\(role.title)身份审批"
    }

    static func ownRequest(_ person: Person) -> String {
        "\(person.name) 是本笔支出的申请人，本人的审批不计入：须由其他书记、主任审批" + ExpenseApproval.pairReading
    }


    static func streetFirst(_ verdict: Verdict) -> String { "\(verdict.message)：请先登记街道审核记录，再审批" }

    static func closed(_ status: ExpenseStatus) -> String { "本笔支出\(status.title)，不能再审批或登记" }

    // MARK: - Ledger

    static let reversalNeedsReason = "冲销须写明理由"
    static let notPaid = "本笔支出尚未支付，无需冲销"
    static let alreadyReversed = "本笔支付已冲销，不能重复冲销"

    // MARK: - Batch applications and instalments (附件一 三(二))

    static let instalmentFollowsBatch = "分批报销随集中申请由街道、镇审批，本笔无需单独审批或登记街道审核（附件一 三(二)）"
    static let batchNotPaidItself = FundsBook.batchNotPaidItself

    static func notABatch(_ id: Int64) -> String { "支出 #\(id) 不是集中申请，不能分批报销" }
    static func instalmentOtherYear(_ year: Int) -> String { "分批报销须在集中申请的 \(year) 年度内登记" }
    static func instalmentPurpose(_ purpose: String, _ n: Int) -> String { "\(purpose)（第 \(n) 批）" }

    static func instalmentsAboveTotal(_ id: Int64, paid: Int64, total: Int64) -> String {
        "集中申请 #\(id) 已支付的分批报销合计 \(Money.yuan(paid)) 元，超过总额 \(Money.yuan(total)) 元（附件一 三(二)）"
    }

    // MARK: - The plan and 一事一议 (附件一 三(一))

    static let planProjectEmpty = "计划项目不能为空"
    static let planAmount = "计划金额须大于 0（修订为 0 表示撤销该项）"
    static let planRevisionReason = "修订计划须写明理由"
    static let planNotCurrent = "只能修订现行的计划项目：该项已有更新的版本"
    static let caseReferenceEmpty = "一事一议须填写决定的文号或会议记录"

    // MARK: - Progress and results

    static let noteInactive = "项目进展和成效须由在职人员以本人身份登记"

    // MARK: - Emergency spending (附件一 三(二))

    static let verbalApproverEmpty = "先行支出须从人员中选定口头批准的书记或主任（附件一 三(二)）"
    static let verbalApproverInactive = "口头批准人已停用：须由在职的书记或主任口头批准（附件一 三(二)）"

    static func verbalNotOpen(_ status: ExpenseStatus) -> String {
        "本笔支出\(status.title)：只有尚在审批中的支出可以按先行支出登记口头批准"
    }

    // MARK: - `baishihui check` on the funds

    static func runningTotal(_ e: LedgerEntry, recomputed: Int64) -> String {
        "台账第 \(e.id) 条（\(e.fund.title)，支出 #\(e.expenseID)）：记录的累计支出 \(Money.yuan(e.fundSpentAfter)) 元，"
            + "按分录重算为 \(Money.yuan(recomputed)) 元"
    }

    static func paidOffRoute(_ e: LedgerEntry, _ verdict: Verdict) -> String {
        "台账第 \(e.id) 条支付了支出 #\(e.expenseID)，但审批路线不完整：\(verdict.message)"
    }

    static func paidOutsidePlan(_ e: LedgerEntry, _ r: ExpenseRecord, _ verdict: Verdict) -> String {
        let project = r.project.isEmpty ? "未列项目" : "项目“\(r.project)”"
        return "台账第 \(e.id) 条支付了支出 #\(e.expenseID)（\(project)，不在年度经费计划内，也没有一事一议决定）：\(verdict.message)"
    }

    /// A paid expense whose recorded 受益对象 or 费用性质 the fund may not pay (never inferred from its purpose).
    static func paidOutsideUses(_ e: LedgerEntry, _ verdict: Verdict) -> String {
        "台账第 \(e.id) 条支付了支出 #\(e.expenseID)，按其登记的受益对象、费用性质，该经费不得列支：\(verdict.message)"
    }

    static func emergencyOverdue(_ e: LedgerEntry, _ verdict: Verdict) -> String {
        "台账第 \(e.id) 条按口头批准支付了支出 #\(e.expenseID)：\(verdict.message)"
    }

    static func reversalMismatch(_ e: LedgerEntry) -> String {
        "台账第 \(e.id) 条冲销 \(Money.yuan(e.amount)) 元，与原支付金额不符"
    }

    static func entryDiffersFromAudit(_ e: LedgerEntry, recorded: String?) -> String {
        let was = recorded.flatMap { Int64($0) }.map { "\(Money.yuan($0)) 元" } ?? "（无审计记录）"
        return "台账第 \(e.id) 条（支出 #\(e.expenseID)）金额 \(Money.yuan(e.amount)) 元，与审计日志记录的 \(was)不符：台账被程序外改动"
    }

    static func expenseDiffersFromAudit(_ e: Expense, recorded: String?) -> String {
        let was = recorded.flatMap { Int64($0) }.map { "\(Money.yuan($0)) 元" } ?? "（无审计记录）"
        return "支出 #\(e.id)（\(e.payee)，\(Money.yuan(e.amount)) 元）与审计日志记录的申请（\(was)）不符：支出记录被程序外改动"
    }

    static func chainBroken(at id: Int64, of count: Int) -> String {
        "审计日志在第 \(id) 行断链（共 \(count) 行）：日志被改动或删除"
    }
}
