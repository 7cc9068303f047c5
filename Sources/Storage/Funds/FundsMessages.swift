import Domain

/// Every Chinese sentence that the funds part of Storage shows to a person, kept together.
enum FundsMessages {
    // MARK: - Requests and budgets

    static let payeeEmpty = "收款方不能为空"
    static let purposeEmpty = "用途不能为空"
    static let requesterInactive = "申请人须为在职人员"

    static func expenseNotFound(_ id: Int64) -> String { "找不到编号为 \(id) 的支出申请" }

    // MARK: - Approvals (附件一 三(二))

    static let refusalNeedsReason = "拒绝须写明理由"
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

    static func alreadyDecided(_ person: Person) -> String {
        "\(person.name) 已审批过本笔支出：书记、主任须为两个不同的人，一人只计一次" + ExpenseApproval.pairReading
    }

    static func streetFirst(_ verdict: Verdict) -> String { "\(verdict.message)：请先登记街道审核记录，再审批" }

    static func closed(_ status: ExpenseStatus) -> String { "本笔支出\(status.title)，不能再审批或登记" }

    // MARK: - Ledger

    static let reversalNeedsReason = "冲销须写明理由"
    static let notPaid = "本笔支出尚未支付，无需冲销"
    static let alreadyReversed = "本笔支付已冲销，不能重复冲销"

    static func noSuchPayee(_ payee: String) -> String { "没有以“\(FieldText.echo(payee))”为收款方的支出：只能更正用过的收款方" }
}
