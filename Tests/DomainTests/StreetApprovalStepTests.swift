import Testing
@testable import Domain

/// 附件一 三(二) "审核后，按街道、镇相关程序审批" (issue 19): above the local limit the street's review
/// and then its approval are two steps, each with who, a reference and a date, recorded by the 书记 or 主任.
@Suite struct StreetApprovalStepTests {
    let rules = Fixtures.rules
    let day = Fixtures.day("2026-11-20")

    func review(approval: StreetApproval? = nil, oneStep: Bool = false) -> StreetReview {
        StreetReview(reviewer: "长寿路街道 自治办", reference: "长街审 8 号", date: day, recordedBy: Fixtures.secretary,
                     approval: approval, oneStep: oneStep)
    }

    func approval(on date: LocalDate? = nil, by person: Person? = Fixtures.director) -> StreetApproval {
        StreetApproval(approver: "长寿路街道办事处", reference: "长街批 8 号", date: date ?? day, recordedBy: person)
    }

    func verdict(_ review: StreetReview?) -> Verdict {
        ExpenseApproval.evaluate(amount: 62_000, requesterID: 4, approvals: [], review: review, rules: rules)
    }

    @Test func aReviewAloneDoesNotCompleteTheStreetRoute() {
        let v = verdict(review())
        #expect(!v.isOK)
        #expect(v.need == .streetApproval)
        #expect(v.clause == "附件一 三(二)")
        #expect(v.message.contains("还须按街道、镇相关程序审批"))
    }

    @Test func theReviewThenTheApprovalCompleteIt() {
        let v = verdict(review(approval: approval(on: day.adding(days: 2))))
        #expect(v.isOK)
        #expect(v.message.contains("已经街道、镇相关科室审核（文号 长街审 8 号，2026-11-20）"))
        #expect(v.message.contains("已按街道、镇程序审批（文号 长街批 8 号，2026-11-22）"))
    }

    @Test func theApprovalIsNotDatedBeforeTheReview() {
        let v = verdict(review(approval: approval(on: day.adding(days: -1))))
        #expect(v.need == .streetApproval)
        #expect(v.message.contains("街道审批日期 2026-11-19 早于审核日期 2026-11-20"))
    }

    @Test func theApprovalIsEnteredByASecretaryOrDirector() {
        let byWorker = verdict(review(approval: approval(by: Fixtures.worker)))
        #expect(byWorker.need == .streetApproval)
        #expect(byWorker.message.contains("街道审批记录须由书记或主任登记"))
        #expect(verdict(review(approval: approval(by: nil))).need == .streetApproval)
    }

    @Test func anIncompleteApprovalSaysWhatIsMissing() {
        var a = approval()
        a.reference = " "
        #expect(verdict(review(approval: a)).message.contains("街道审批记录不完整，须填写审批人、文号和日期"))
    }

    @Test func aRecordEnteredAsOneStepCountsForBothAndSaysSo() {
        let v = verdict(review(oneStep: true))
        #expect(v.isOK)
        #expect(v.message.contains(ExpenseApproval.oneStepNote))
    }

    @Test func withoutAReviewTheReviewIsWhatIsMissing() {
        #expect(verdict(nil).need == .streetReview)
    }

    @Test func theStatusSaysWhichStreetStepIsDue() {
        let expense = Expense(id: 1, fund: .party, category: .massActivity, amount: 62_000, payee: "店", purpose: "慰问品",
                              date: day, requesterID: 4)
        var record = ExpenseRecord(expense: expense, project: "", receipts: "", requester: Fixtures.worker)
        #expect(record.status(rules: rules) == .awaitingReview)
        record.review = review()
        #expect(record.status(rules: rules) == .awaitingStreetApproval)
        #expect(record.status(rules: rules).title == "待街道审批")
        record.review = review(approval: approval())
        #expect(record.status(rules: rules) == .approved)
    }

    @Test func aBatchApplicationNeedsBothSteps() {
        var batch = BatchApplication(id: 1, fund: .party, purpose: "全年活动", total: 30_000, requesterID: 4, review: review())
        #expect(batch.approval(rules: rules).need == .streetApproval)
        batch.review = review(approval: approval())
        #expect(batch.approval(rules: rules).isOK)
    }
}
