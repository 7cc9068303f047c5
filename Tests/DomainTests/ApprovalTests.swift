import Testing
import PropertyBased
@testable import Domain

/// 附件一 三(二): the 500-yuan approval route, joint approval by two different people.
@Suite struct ApprovalTests {
    let rules = Fixtures.rules
    let day = Fixtures.day("2026-11-20")

    func approvals(_ pairs: (Person, Role)...) -> [Approval] {
        pairs.map { Approval(person: $0.0, role: $0.1, date: day) }
    }

    // MARK: - The boundary

    @Test(arguments: [
        ("499.99", ApprovalRoute.local, "单笔 499.99 元 ≤ 500.00 元：书记 王芳、主任 李强 已共同审批（附件一 三(二)）"),
        ("500.00", .local, "单笔 500.00 元 ≤ 500.00 元：书记 王芳、主任 李强 已共同审批（附件一 三(二)）"),
        ("500.01", .street, "单笔 500.01 元 > 500.00 元：须先经街道、镇相关科室审核（附件一 三(二)）"),
    ])
    func routeAtTheBoundary(amount: String, route: ApprovalRoute, message: String) {
        let fen = Fixtures.yuan(amount)
        #expect(ExpenseApproval.route(for: fen, rules: rules) == route)
        let verdict = ExpenseApproval.evaluate(amount: fen, requesterID: 4,
                                               approvals: approvals((Fixtures.secretary, .secretary), (Fixtures.director, .director)),
                                               review: nil, rules: rules)
        #expect(verdict.message == message)
        #expect(verdict.number("amount") == fen)
        #expect(verdict.clause == "附件一 三(二)")
    }

    @Test func theIssuesExampleSentence() {
        let verdict = ExpenseApproval.evaluate(amount: 62_000, requesterID: 4, approvals: [], review: nil, rules: rules)
        #expect(verdict.message == "单笔 620.00 元 > 500.00 元：须先经街道、镇相关科室审核（附件一 三(二)）")
        #expect(verdict.severity == .needs)
        #expect(verdict.need == .streetReview)
    }

    // MARK: - Who counts

    @Test(arguments: [
        ([Fixtures.secretary, Fixtures.director], Int64(4), true),
        ([Fixtures.both], 4, false),                                  // 一肩挑
        ([Fixtures.both, Fixtures.secretary2], 4, true),
        ([Fixtures.secretary, Fixtures.director], 2, false),          // the 主任 asked
        ([Fixtures.secretary, Fixtures.both], 3, false),              // 一肩挑 asked, the other only 书记
        ([Fixtures.secretary, Person(id: 2, name: "李强", roles: [.director], isActive: false)], 4, false),
    ])
    func aLocalPairIsTwoActivePeopleOtherThanTheRequester(approvers: [Person], requester: Int64, expected: Bool) {
        #expect(ExpenseApproval.hasLocalPair(excluding: requester, among: approvers) == expected)
    }

    /// 一肩挑: no two local approvers, so the small expense goes to the street, says why as the
    /// program's reading, and the street review approves it; one already approved locally stays local.
    @Test func withoutALocalPairASmallExpenseGoesToTheStreet() {
        let expense = Expense(id: 1, fund: .party, category: .massActivity, amount: 30_000, payee: "店", purpose: "茶点",
                              date: day, requesterID: 4)
        var record = ExpenseRecord(expense: expense, project: "", receipts: "", requester: Fixtures.worker)
        var book = FundsBook(year: 2026, budgets: [:], records: [record])
        book.verbalApprovers = [Fixtures.both]
        book.markLocalPairs()
        record = book.records[0]
        #expect(record.route(rules: rules) == .street)
        #expect(record.status(rules: rules) == .awaitingReview)
        #expect(record.approvalVerdict(rules: rules).message
            == "单笔 300.00 元（本程序的做法：本居没有两位可审批的书记、主任（一肩挑或本人申请），改送街道、镇审批）：须先经街道、镇相关科室审核（附件一 三(二)）")
        #expect(RouteSentence.of(record, rules: rules).hasPrefix("本程序的做法：本居没有两位可审批的书记、主任"))
        record.review = StreetReview(reviewer: "张科长", reference: "12号", date: day, recordedBy: Fixtures.both)
        #expect(record.approvalVerdict(rules: rules).need == .streetApproval)
        record.review?.approval = StreetApproval(approver: "街道办事处", reference: "批 12号", date: day, recordedBy: Fixtures.both)
        #expect(record.approvalVerdict(rules: rules).isOK)
        var local = ExpenseRecord(expense: expense, project: "", receipts: "", requester: Fixtures.worker,
                                  decisions: [ExpenseDecision(person: Fixtures.secretary, role: .secretary, approved: true, reason: "", date: day),
                                              ExpenseDecision(person: Fixtures.director, role: .director, approved: true, reason: "", date: day)])
        local.noLocalPair = true
        #expect(local.route(rules: rules) == .local && local.approvalVerdict(rules: rules).isOK)
    }

    @Test func oneApprovalIsNotEnough() {
        let verdict = ExpenseApproval.evaluate(amount: 30_000, requesterID: 4, approvals: approvals((Fixtures.secretary, .secretary)),
                                               review: nil, rules: rules)
        #expect(verdict.need == .approvals([.director]))
        #expect(verdict.message == "单笔 300.00 元 ≤ 500.00 元：须书记和主任共同审批，还缺主任审批（附件一 三(二)）")
    }

    @Test func theRequestersOwnApprovalDoesNotCount() {
        let verdict = ExpenseApproval.evaluate(amount: 30_000, requesterID: Fixtures.director.id,
                                               approvals: approvals((Fixtures.secretary, .secretary), (Fixtures.director, .director)),
                                               review: nil, rules: rules)
        #expect(verdict.severity == .needs)
        #expect(verdict.message == "单笔 300.00 元 ≤ 500.00 元：须书记和主任共同审批，还缺主任审批；申请人本人的审批不计入（本程序的做法；本居无此两人时改送街道、镇审批）（附件一 三(二)）")
    }

    @Test func onePersonHoldingBothRolesCountsOnce() {
        let verdict = ExpenseApproval.evaluate(amount: 30_000, requesterID: 4,
                                               approvals: approvals((Fixtures.both, .secretary), (Fixtures.both, .director)),
                                               review: nil, rules: rules)
        #expect(verdict.severity == .needs)
        #expect(verdict.message.contains("书记、主任须为两个不同的人，赵敏 一人只计一次（本程序的做法；本居无此两人时改送街道、镇审批）"))
        let withDirector = ExpenseApproval.evaluate(amount: 30_000, requesterID: 4,
                                                    approvals: approvals((Fixtures.both, .secretary), (Fixtures.director, .director)),
                                                    review: nil, rules: rules)
        #expect(withDirector.isOK)
    }

    @Test func anApprovalInARoleNotHeldDoesNotCount() {
        let verdict = ExpenseApproval.evaluate(amount: 30_000, requesterID: 9,
                                               approvals: approvals((Fixtures.worker, .director), (Fixtures.secretary, .secretary)),
                                               review: nil, rules: rules)
        #expect(verdict.need == .approvals([.director]))
    }

    // MARK: - Street review

    @Test func aRecordedStreetReviewAndApprovalApprove() {
        let approval = StreetApproval(approver: "长征镇人民政府", reference: "长征批 3号", date: day, recordedBy: Fixtures.director)
        let review = StreetReview(reviewer: "张科长", reference: "长征〔2026〕12号", date: day, recordedBy: Fixtures.secretary,
                                  approval: approval)
        let verdict = ExpenseApproval.evaluate(amount: 62_000, requesterID: 4, approvals: [], review: review, rules: rules)
        #expect(verdict.isOK)
        #expect(verdict.message == "单笔 620.00 元 > 500.00 元：已经街道、镇相关科室审核（文号 长征〔2026〕12号，2026-11-20），已按街道、镇程序审批（文号 长征批 3号，2026-11-20）（附件一 三(二)）")
        let blank = StreetReview(reviewer: "张科长", reference: " ", date: day)
        #expect(ExpenseApproval.evaluate(amount: 62_000, requesterID: 4, approvals: [], review: blank, rules: rules).need == .streetReview)
    }

    // MARK: - Laws

    @Test func theRouteNeverGoesDownAsTheAmountGrowsUp() async {
        await propertyCheck(input: Gen.int64(in: 1...10_000_000), Gen.int64(in: 0...10_000_000)) { amount, more in
            #expect(ExpenseApproval.route(for: amount, rules: rules) <= ExpenseApproval.route(for: amount + more, rules: rules))
        }
    }
}
