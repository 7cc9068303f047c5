import Domain
import Foundation
import Testing
@testable import Storage

/// Progress and results of the year's projects, appended and audited; the budgets' earlier
/// settings and the plan's versions with who set them and when; `check` and the import holding a
/// paid expense outside the plan to its 一事一议 decision, as the screen does.
@Suite struct FundResultsTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture(planned: false) }

    private func line(_ project: String, _ amount: String = "800") throws -> PlanLine {
        try f.database.savePlanLine(PlanLine(id: 0, fund: .party, category: .massActivity, project: project,
                                             amount: FundsFixture.yuan(amount)),
                                    year: 2024, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    @discardableResult
    private func note(_ text: String, project: String = "重阳节敬老活动", kind: ProjectNote.Kind = .progress,
                      date: String = "2024-03-10", by person: Person? = nil) throws -> ProjectNote {
        try f.database.recordProjectNote(ProjectNote(fund: .party, project: project, kind: kind, text: text,
                                                     date: FundsFixture.day(date)),
                                         by: (person ?? f.worker).id, at: Fixture.start, today: FundsFixture.day("2024-06-30"),
                                         rules: FundsFixture.rules)
    }

    // MARK: - Progress and results

    @Test func entriesAreAppendedWithWhoAndAuditedNeverOverwritten() throws {
        try line("重阳节敬老活动")
        try note("  场地已预订  ")
        try note("到场老人 86 人", kind: .result, date: "2024-03-20", by: f.secretary)
        let notes = try f.book().notes
        #expect(notes.map(\.text) == ["场地已预订", "到场老人 86 人"])
        #expect(notes.map(\.recordedBy) == [f.worker.name, f.secretary.name])
        let audited = try f.database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'project.note'")
        }
        #expect(audited == 2)
        #expect(throws: (any Error).self) { try f.database.rawWrite("UPDATE project_note SET text = '改写'") }
        #expect(throws: (any Error).self) { try f.database.rawWrite("DELETE FROM project_note") }
    }

    @Test func anEntryOnAnExpensesProjectIsAcceptedWithoutAPlanLine() throws {
        try f.request("300")
        try note("已采购")
        #expect(try f.book().notes.count == 1)
    }

    @Test func aBadEntryIsRefusedWithTheRuleAndNothingIsWritten() throws {
        try line("重阳节敬老活动")
        #expect(throws: StorageError.self) { try note("已完成", project: "楼道微更新") }
        #expect(throws: StorageError.self) { try note("   ") }
        #expect(throws: StorageError.self) { try note("已完成", date: "2024-07-01") }
        do { try note("已完成", project: "楼道微更新") } catch let error as StorageError {
            #expect(error.message.contains("不是党组织服务群众专项经费本年度计划或支出中的项目") && error.message.contains("附件一 四(一)"))
        }
        #expect(try f.book().notes.isEmpty)
    }

    // MARK: - Who set the budgets and the plan, and when

    @Test func earlierBudgetsAndPlanVersionsKeepWhoAndWhen() throws {
        try f.database.setBudget(10_000_000, fund: .party, year: 2024, by: f.secretary.id, at: Fixture.start)
        try f.database.setBudget(12_000_000, fund: .party, year: 2024, by: f.secretary.id, at: Fixture.start.addingTimeInterval(3_600))
        let book = try f.book()
        #expect(book.budget(.party) == 12_000_000)
        #expect(book.budgetHistory(.party).map(\.summary) == ["2024-03-01 10:00 王书记 设为 ¥120,000.00",
                                                               "2024-03-01 09:00 王书记 设为 ¥100,000.00"])
        let first = try line("重阳节敬老活动")
        try f.database.savePlanLine(PlanLine(id: 0, fund: .party, category: .massActivity, project: "重阳节敬老活动", amount: 90_000,
                                             revises: first.id, reason: "人数增加"),
                                    year: 2024, by: f.director.id, at: Fixture.start, rules: FundsFixture.rules)
        let lines = try f.book().plan.lines
        #expect(lines.map(\.setBy) == ["王书记", "李主任"] && lines.allSatisfy { $0.setAt == "2024-03-01 09:00" })
    }

    // MARK: - Paid outside the plan

    /// A party expense paid in a year without a plan, then a plan that leaves its project out. The
    /// program pays it only with its 一事一议 decision now; an older version paid it without one,
    /// which the decision's removal stands for here.
    private func paidThenPlannedWithout() throws -> ExpenseRecord {
        let record = try f.request("300")
        try f.decide(record.id, f.secretary, as: .secretary)
        try f.decide(record.id, f.director, as: .director)
        try f.database.recordCaseDecision(CaseDecision(reference: "旧版本", date: FundsFixture.day("2024-03-02")),
                                          for: record.id, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.pay(record.id)
        try f.database.pool.write { db in
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'case_decision'") {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: "DELETE FROM case_decision")
        }
        try line("楼道微更新")
        return record
    }

    @Test func aPlanWrittenAfterAPaymentDoesNotMakeThePaymentWrong() throws {
        _ = try paidThenPlannedWithout()
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05")).isEmpty)
    }

    @Test func checkFindsAPaymentOutsideThePlanWithoutItsDecision() throws {
        let record = try paidThenPlannedWithout()
        // The program refuses such a payment once a plan exists; here the plan is dated back behind its back.
        try f.database.pool.write { db in try db.execute(sql: "DROP TRIGGER plan_line_no_update; UPDATE plan_line SET created_at = '2000-01-01 00:00:00.000'") }
        let problems = try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05"))
        #expect(problems.count == 1)
        #expect(problems.first?.contains("支付了支出 #\(record.id)（项目“重阳节敬老活动”，不在年度经费计划内，也没有一事一议决定）") == true)
        #expect(problems.first?.hasSuffix("须按“一事一议”上报确定并记录决定（附件一 三(一)、三(二)）") == true)
        try f.database.recordCaseDecision(CaseDecision(reference: "居民会议纪要 2024-3", date: FundsFixture.day("2024-03-04")),
                                          for: record.id, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05")).isEmpty)
    }

    @Test func theImportRefusesAPaidRowOutsideThePlanUnlessItsDecisionIsGiven() throws {
        try line("重阳节敬老活动")
        let row = "2024-03-01,党组织服务群众专项经费,群众活动类项目,楼道微更新,300,好邻居文具店,公务卡,陈杰,王书记,李主任,,2024-03-05"
        let today = FundsFixture.day("2024-06-30")
        let withBookkeeper = String(ExpenseImportTests.header.dropLast()) + ",报账员\n"
        let plain = try ExpenseImport.parse(withBookkeeper + row + ",钱会计\n", today: today).get()
        do {
            _ = try f.database.importExpenses(plain, by: f.secretary.id, at: Fixture.start, dryRun: false, rules: FundsFixture.rules)
            Issue.record("a paid row outside the plan was imported")
        } catch let failure as StaffImportFailure {
            #expect(failure.problems.map(\.line) == [2])
            #expect(failure.problems[0].message == "本笔支出审批路线已完成，但不能支付：没有列入年度经费计划的支出原则上不予拨款；"
                + "另行增加的项目须按“一事一议”上报确定并记录决定（附件一 三(一)、三(二)）")
        }
        let header = String(ExpenseImportTests.header.dropLast()) + ",一事一议决定,报账员\n"
        let decided = try ExpenseImport.parse(header + row + ",居民会议纪要 2024-3,钱会计\n", today: today).get()
        let records = try f.database.importExpenses(decided, by: f.secretary.id, at: Fixture.start, dryRun: false,
                                                    rules: FundsFixture.rules)
        #expect(records[0].payment != nil && records[0].expense.caseDecision?.reference == "居民会议纪要 2024-3")
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: today).isEmpty)
    }
}
