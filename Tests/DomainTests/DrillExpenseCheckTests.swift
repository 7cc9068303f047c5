import Domain
import Foundation
import Testing

/// The funds drills check what the standard asks: a small expense approved by the 书记 and the
/// 主任 together (共同审批), and a street review entered by a 书记 or 主任, never a bookkeeper.
@Suite struct DrillExpenseCheckTests {
    static let bookkeeper = Person(id: 6, name: "孙会计", roles: [.bookkeeper])
    static let requester = Person(id: 9, name: "赵敏", roles: [.worker])

    static func scenario(_ id: String) throws -> Scenario {
        try #require(try ScenarioFile.bundled().first { $0.id == id })
    }

    static func record(_ yuan: String, approvedBy: [(Person, Role)], review recorder: Person? = nil) -> ExpenseRecord {
        let day = Fixtures.day("2026-11-20")
        let expense = Expense(id: 1, fund: .committee, category: .office, amount: Fixtures.yuan(yuan), payee: "文具店",
                              purpose: "打印纸", date: day, requesterID: requester.id)
        let decisions = approvedBy.map { ExpenseDecision(person: $0.0, role: $0.1, approved: true, reason: "", date: day) }
        let review = recorder.map { StreetReview(reviewer: "郑科长", reference: "ZZB-2026-031", date: day, recordedBy: $0) }
        return ExpenseRecord(expense: expense, project: "办公用品", receipts: "", requester: requester, decisions: decisions, review: review)
    }

    static func check(_ id: String, _ record: ExpenseRecord) throws -> DrillReport {
        DrillCheck.check(try scenario(id), facts: DrillFacts(trainee: Fixtures.secretary.name, expenses: [record]),
                         calendar: Fixtures.calendar, rules: Fixtures.rules)
    }

    // MARK: - 书记和主任共同审批

    @Test func theSmallExpenseDrillIsTitledForBothApprovers() throws {
        #expect(try Self.scenario("funds-480-local").title.contains("书记和主任共同审批"))
    }

    @Test func oneApprovalDoesNotPassTheSmallExpenseDrill() throws {
        let report = try Self.check("funds-480-local", Self.record("480.00", approvedBy: [(Fixtures.secretary, .secretary)]))
        #expect(!report.passed)
        let text = report.differences.map(\.line).joined()
        #expect(text.contains("同意的审批人数应为 2，实为 1"))
        #expect(text.contains("同意的审批人应为 书记和主任，实为 书记 王芳"))
    }

    @Test func theSecretaryAndTheDirectorTogetherPass() throws {
        let both = Self.record("480.00", approvedBy: [(Fixtures.secretary, .secretary), (Fixtures.director, .director)])
        #expect(try Self.check("funds-480-local", both).passed)
    }

    @Test func onePersonInBothRolesIsNotTwoApprovers() throws {
        let same = Self.record("480.00", approvedBy: [(Fixtures.both, .secretary), (Fixtures.both, .director)])
        #expect(try !Self.check("funds-480-local", same).passed)
    }

    // MARK: - Who enters the street's review

    @Test(arguments: ["funds-650-street", "funds-820-review-first"])
    func aReviewEnteredByABookkeeperFailsTheDrill(_ id: String) throws {
        let approvals = [(Fixtures.secretary, Role.secretary)]
        let byBookkeeper = try Self.check(id, Self.record(id == "funds-650-street" ? "650.00" : "820.00",
                                                          approvedBy: approvals, review: Self.bookkeeper))
        let text = byBookkeeper.differences.map(\.line).joined()
        #expect(text.contains("街道审核登记人应为 书记或主任，实为 孙会计（报账员）"), "\(text)")
        let byDirector = try Self.check(id, Self.record(id == "funds-650-street" ? "650.00" : "820.00",
                                                        approvedBy: approvals, review: Fixtures.director))
        #expect(!byDirector.differences.map(\.line).joined().contains("街道审核登记人应为"))
    }

    /// Issue 19: the 650 drill asks for the street's 审批 after its 审核.
    @Test func theStreetDrillNeedsTheStreetsApprovalToo() throws {
        var record = Self.record("650.00", approvedBy: [], review: Fixtures.secretary)
        record.expense.fund = .party
        record.expense.category = .massActivity
        let reviewed = try Self.check("funds-650-street", record).differences.map(\.line).joined()
        #expect(reviewed.contains("街道审批记录应为 有，实为 无"), "\(reviewed)")
        record.review?.approval = StreetApproval(approver: "街道办事处", reference: "ZZB-P-1", date: record.expense.date,
                                                 recordedBy: Fixtures.secretary)
        #expect(!(try Self.check("funds-650-street", record)).differences.map(\.line).joined().contains("街道审批记录"))
    }

    /// 附件一 三(二): above 500, the street's 审核 and then its 审批, both recorded; the committee's
    /// own approval is not the street's 审批.
    @Test func theEightHundredTwentyDrillSaysReviewThenTheStreetsApproval() throws {
        let scenario = try Self.scenario("funds-820-review-first")
        #expect(scenario.title.contains("街道审核后审批"))
        #expect(scenario.situation.contains("由街道、镇相关科室审核后，按街道、镇相关程序审批"))
        #expect(scenario.situation.contains("再记下街道的审批") && !scenario.situation.contains("书记身份审批"))
        var record = Self.record("820.00", approvedBy: [(Fixtures.secretary, .secretary)], review: Fixtures.secretary)
        let secretaryApproved = try Self.check("funds-820-review-first", record).differences.map(\.line).joined()
        #expect(secretaryApproved.contains("街道审批记录应为 有，实为 无"), "\(secretaryApproved)")
        record.decisions = []
        record.review?.approval = StreetApproval(approver: "街道办事处", reference: "ZZB-P-2026-031", date: record.expense.date,
                                                 recordedBy: Fixtures.secretary)
        #expect(try Self.check("funds-820-review-first", record).passed)
    }

    @Test func theStreetDrillsSayWhoEntersTheReview() throws {
        for id in ["funds-650-street", "funds-820-review-first"] {
            #expect(try Self.scenario(id).situation.contains("由书记或主任登记"), "\(id)")
        }
    }
}
