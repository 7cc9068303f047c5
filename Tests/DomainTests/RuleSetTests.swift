import DataFile
import Testing
@testable import Domain

/// The rule set as data: the shipped file, malformed files, and changed values changing outcomes.
@Suite struct RuleSetTests {
    // MARK: - The shipped file

    @Test func shippedRuleSetHasTheStandardsValues() {
        let rules = Fixtures.rules
        #expect(rules.id == "putuo-2017")
        #expect(rules.effective == Fixtures.day("2017-09-26"))
        #expect(rules.money.localLimit == 50_000)
        #expect(rules.money.writtenApplicationDays == 7)
        #expect(rules.money.splitWindowDays == 30)
        #expect(rules.money.fundBudget == 10_000_000)
        #expect(rules.money.officeCapPercent == 35)
        #expect(rules.visits.quota == 30)
        #expect([rules.visits.pointsAtQuota, rules.visits.shortPenalty, rules.visits.overBonus] == [100, 5, 3])
        #expect(rules.visits.intervals["独居老人"] == 30)
        #expect(rules.points.complaintRange == -50 ... -30)
        #expect(rules.points.disputeRange == -100 ... -50)
        #expect(rules.excellentPercent == 20)
        #expect(rules.clause(.approval) == "附件一 三(二)")
        #expect(rules.clause(.officeCap) == "附件一 二(一)")
    }

    @Test func everyRuleHasAClause() {
        for rule in RuleID.allCases {
            #expect(Fixtures.rules.clauses[rule]?.isEmpty == false, "no clause for \(rule.rawValue)")
        }
    }

    // MARK: - Malformed files are refused with file, line and reason

    @Test(arguments: [
        ("quota = 30 ", "quota = \"thirty\" ", "test.toml 第 54 行：visits.quota 应为整数"),
        ("quota = 30 ", "quota = 0 ", "test.toml 第 54 行：visits.quota = 0 超出范围 1…1000"),
        ("short_penalty = 0.5", "short_penalty = 0.55", "test.toml 第 56 行：visits.short_penalty = 0.55 不是 0.1 的整数倍"),
        ("local_limit = \"500.00\"", "local_limit = \"500.001\"",
         "test.toml 第 16 行：approval.local_limit：金额最多 2 位小数（到分）：“500.001”有 3 位"),
        ("individual = { city = 5,", "individual = { city = \"五\",", "test.toml 第 90 行：points.awards.individual.city 应为数字（分值，如 0.5）"),
        ("min = -5\n", "min = -2\n", "test.toml 第 114 行：points.complaint 的 min 应不大于 max"),
        ("excellent_percent = 20", "excellent_rate = 20", "test.toml 第 127 行：缺少 ranking.excellent_percent"),
        ("window_days = 30", "window_days = = 30", "test.toml 第 27 行：TOML 语法错误：Error while parsing value: could not determine value type"),
    ])
    func malformedFileIsRefused(old: String, new: String, message: String) {
        do {
            _ = try Fixtures.rules(replacing: old, with: new)
            Issue.record("accepted a malformed rule set")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func aMissingClauseIsRefused() {
        do {
            _ = try Fixtures.rules(replacing: "clause = \"附件三 首问接待\"", with: "")
            Issue.record("accepted a rule without a clause")
        } catch {
            #expect(error.description == "test.toml 第 68 行：缺少 points.reception.clause")
        }
    }

    // MARK: - Changing data changes outcomes

    @Test func quotaOf25ChangesTheScoreWithoutCode() throws {
        let rules25 = try Fixtures.rules(replacing: "quota = 30 ", with: "quota = 25 ")
        #expect(VisitQuota.score(households: 25, rules: rules25) == 100)
        #expect(VisitQuota.score(households: 25, rules: Fixtures.rules) == 75)
        #expect(VisitQuota.evaluate(households: 26, rules: rules25).message
                == "走访 26 户，超出任务 25 户 1 户，每户加 0.3 分：10.0 + 0.3 = 10.3 分（附件二 四(二)；附件三 社区走访）")
    }

    @Test func aDistrictMayReadTheVisitDeductionWithoutAFloor() throws {
        let none = try Fixtures.rules(replacing: "floor = 0 ", with: "floor = \"无\" ")
        #expect(none.visits.floor == nil)
        #expect(VisitQuota.score(households: 0, rules: none) == -50)
        #expect(VisitQuota.score(households: 0, rules: Fixtures.rules) == 0)
        #expect(VisitQuota.explanation(households: 0, rules: none) == "走访 0 户，比任务 30 户少 30 户，每户扣 0.5 分：10.0 − 15.0 = -5.0 分")
        #expect(VisitQuota.explanation(households: 0, rules: Fixtures.rules)
                == "走访 0 户，比任务 30 户少 30 户，每户扣 0.5 分：10.0 − 15.0 = -5.0 分，本项最低 0.0 分（本程序取值，可在规则文件中修改），得 0.0 分")
        let error = #expect(throws: DataFileError.self) { try Fixtures.rules(replacing: "floor = 0 ", with: "floor = \"没有\" ") }
        #expect(error?.message.contains("visits.floor 应为分值（如 0）或 \"无\"（不设最低分）") == true)
    }

    @Test func theValuesTheStandardDoesNotGiveSayTheyAreLocal() {
        for rule in [RuleID.receptionReply, .split, .visitInterval] {
            #expect(Fixtures.rules.clause(rule) == RuleSet.localValue, "\(rule.rawValue)")
        }
    }

    @Test func aHigherLocalLimitChangesTheRoute() throws {
        let rules = try Fixtures.rules(replacing: "local_limit = \"500.00\"", with: "local_limit = \"800.00\"")
        #expect(ExpenseApproval.route(for: 62_000, rules: rules) == .local)
        #expect(ExpenseApproval.route(for: 62_000, rules: Fixtures.rules) == .street)
    }

    // MARK: - The rule set in force

    @Test func aMonthIsScoredByTheRuleSetInForceThen() throws {
        var later = try Fixtures.rules(replacing: "quota = 30 ", with: "quota = 25 ")
        later.effective = Fixtures.day("2025-01-01")
        let book = try RuleBook([later, Fixtures.rules])
        #expect(book.inForce(for: Month(year: 2024, month: 12)!)?.visits.quota == 30)
        #expect(book.inForce(for: Month(year: 2025, month: 1)!)?.visits.quota == 25)
        #expect(book.inForce(for: Month(year: 2017, month: 9)!)?.id == "putuo-2017")
        #expect(book.inForce(for: Month(year: 2017, month: 8)!) == nil)
        #expect(book.inForce(on: Fixtures.day("2024-12-31"))?.visits.quota == 30)
    }

    @Test func twoRuleSetsOnTheSameDayAreRefused() {
        #expect(throws: DataFileError.self) { try RuleBook([Fixtures.rules, Fixtures.rules]) }
    }

    @Test func theRulesOfADayBeforeEveryRuleSetAreTheOldest() throws {
        var later = try Fixtures.rules(replacing: "quota = 30 ", with: "quota = 25 ")
        later.effective = Fixtures.day("2025-01-01")
        let book = try RuleBook([later, Fixtures.rules])
        #expect(book.rules(on: Fixtures.day("2017-09-25")).id == "putuo-2017")
        #expect(book.rules(on: Fixtures.day("2024-12-31")).visits.quota == 30)
        #expect(book.rules(for: Month(year: 2025, month: 1)!).visits.quota == 25)
        #expect(book.rules(for: Month(year: 2017, month: 8)!).visits.quota == 30)
    }

    @Test func anEmptyRuleBookIsRefused() {
        #expect(throws: DataFileError.self) { try RuleBook([]) }
    }
}
