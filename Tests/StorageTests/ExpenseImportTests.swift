import Domain
import Foundation
import Testing
@testable import Storage

/// An expense list from CSV: each row through the screen's rules, every bad row with its line,
/// all rows or none, and the imported books pass `check`.
@Suite struct ExpenseImportTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    static let header = "申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期\n"
    static let today = FundsFixture.day("2024-06-30")

    /// The rows of `body`; with `bookkeeper`, each row names them in a last column 报账员 (the one who pays).
    func parsed(_ body: String, bookkeeper: String? = "钱会计") throws -> [ExpenseImport.Row] {
        guard let bookkeeper else { return try ExpenseImport.parse(Self.header + body, today: Self.today).get() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? String($0) : $0 + "," + bookkeeper }
        return try ExpenseImport.parse(String(Self.header.dropLast()) + ",报账员\n" + lines.joined(separator: "\n"),
                                       today: Self.today).get()
    }

    func imported(_ body: String, dryRun: Bool = false, bookkeeper: String? = "钱会计") throws -> [ExpenseRecord] {
        try f.database.importExpenses(try parsed(body, bookkeeper: bookkeeper), by: f.secretary.id, at: Fixture.start,
                                      dryRun: dryRun, rules: FundsFixture.rules)
    }

    func problems(_ body: String, bookkeeper: String? = "钱会计") throws -> [StaffImport.Problem] {
        do {
            _ = try imported(body, bookkeeper: bookkeeper)
            Issue.record("a bad file was imported")
            return []
        } catch let failure as StaffImportFailure {
            return failure.problems
        }
    }

    @Test func goodRowsArePaidOnTheirRoutesAndPassTheCheck() throws {
        let records = try imported("""
            2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,500.00,好邻居文具店,公务卡,陈杰,王书记,李主任,,2024-03-05
            2024-03-02,社区基金会匹配资金,居民自治项目,楼组花园,"1,200.50",绿源园艺公司,银行转账,陈杰,,,长街审〔2024〕12号,2024-03-09
            2024-03-03,居委会工作经费,办公,,80,好邻居文具店,公务卡,陈杰,王书记,,,

            """)
        let rules = FundsFixture.rules
        #expect(records.map { $0.status(rules: rules) } == [.paid, .paid, .awaitingApproval])
        #expect(records[1].review?.reviewer == "长征镇" && records[1].payment?.date == FundsFixture.day("2024-03-09"))
        #expect(records[2].expense.purpose == "办公")
        let book = try f.book()
        #expect(book.balance(.party) == 10_000_000 - 50_000 && book.balance(.foundation) == 10_000_000 - 120_050)
        #expect(try f.database.verifyFunds(rules: rules, today: LocalDate(iso: "2026-12-31")!).isEmpty)
    }

    @Test func eachBrokenRuleIsRefusedOnItsLineWithTheRuleSentenceAndNothingIsWritten() throws {
        let found = try problems("""
            2024-03-01,党组织服务群众专项经费,群众活动类项目,游园会,500.01,好邻居文具店,公务卡,陈杰,,,,2024-03-05
            2024-03-01,党组织服务群众专项经费,群众活动类项目,游园会,200,好邻居文具店,公务卡,陈杰,王书记,,,2024-03-05
            2024-03-01,党组织服务群众专项经费,群众活动类项目,游园会,200,好邻居,公务卡,陈杰,赵敏,赵敏,,
            2024-03-01,党组织服务群众专项经费,群众活动类项目,游园会,200,好邻居,公务卡,陈杰,,,审〔2024〕1号,
            2024-03-01,党组织服务群众专项经费,办公,游园会,200,好邻居,公务卡,陈杰,,,,
            2024-03-01,党组织服务群众专项经费,群众活动类项目,游园会,200,好邻居,公务卡,张三,,,,
            """)
        #expect(found.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(found[0].message.contains("单笔 500.01 元 > 500.00 元：须先经街道、镇相关科室审核（附件一 三(二)）"))
        #expect(found[1].message.contains("单笔 200.00 元 ≤ 500.00 元：须书记和主任共同审批，还缺主任审批"))
        #expect(found[2].message.contains("赵敏 已审批过本笔支出：书记、主任须为两个不同的人，一人只计一次（本程序的做法"))
        #expect(found[3].message.contains("无需街道审核"))
        #expect(found[4].message.contains("党组织服务群众专项经费不得用于"))
        #expect(found[5].message.contains("“张三”不在人员名单中"))
        #expect(try f.book().records.isEmpty)
    }

    @Test func aDryRunChecksEverythingAndWritesNothing() throws {
        let records = try imported("2024-03-01,居委会工作经费,社区服务,便民服务日,300,好邻居,公务卡,陈杰,王书记,李主任,,2024-03-02\n",
                                   dryRun: true)
        #expect(records.count == 1 && records[0].payment != nil)
        #expect(try f.book().records.isEmpty && f.book().entries.isEmpty)
    }

    @Test func badFieldsAreNamedBeforeTheDatabaseIsTouched() {
        let text = Self.header + """
            2024-13-01,居委会工作经费,办公,,80,店,公务卡,陈杰,,,,
            2024-03-01,居民经费,办公,,80,店,公务卡,陈杰,,,,
            2024-03-01,居委会工作经费,办公,,八十,店,公务卡,陈杰,,,,
            2024-03-01,居委会工作经费,办公,,80,店,支付宝,陈杰,,,,
            2024-03-05,居委会工作经费,办公,,80,店,公务卡,陈杰,,,,2024-03-01
            2024-07-01,居委会工作经费,办公,,80,店,公务卡,陈杰,,,,
            """
        guard case .failure(let failure) = ExpenseImport.parse(text, today: Self.today) else {
            Issue.record("a bad file was accepted")
            return
        }
        #expect(failure.problems.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(failure.problems[1].message.hasPrefix("经费类别“居民经费”不存在"))
        #expect(failure.problems[3].message.hasPrefix("支付方式“支付宝”不存在"))
        #expect(failure.problems[4].message == "支付日期 2024-03-01 早于申请日期 2024-03-05")
        #expect(failure.problems[5].message.contains("晚于今天"))
    }

    // MARK: - Issue 17 items 3 and 5

    @Test func datesBeforeTheCommitteesFirstYearOrTheStandardAreRefused() throws {
        let body = """
            0000-01-01,居委会工作经费,办公,,80,好邻居文具店,公务卡,陈杰,王书记,,,2024-06-02
            2023-12-31,居委会工作经费,办公,,80,好邻居文具店,公务卡,陈杰,王书记,,,
            2024-01-02,居委会工作经费,办公,,80,好邻居文具店,公务卡,陈杰,王书记,,,

            """
        let failure = try #require(ExpenseImport.parse(Self.header + body, today: Self.today, firstYear: 2024).failureValue)
        #expect(failure.problems.map(\.line) == [2, 3])
        #expect(failure.problems[0].message.hasPrefix("申请日期 0000-01-01 早于 2024-01-01"))
        #expect(failure.problems[1].message.hasPrefix("申请日期 2023-12-31 早于 2024-01-01"))
        let standard = try #require(ExpenseImport.parse(Self.header + body, today: Self.today).failureValue)
        #expect(standard.problems.map(\.line) == [2], "without a committee year, 2017 is the first")
    }

    @Test func aNULInThePayeeIsRefusedWithItsColumnAndNeverStoredCutShort() throws {
        let body = "2024-03-03,居委会工作经费,办公,,80,好邻居\u{0}文具店,公务卡,陈杰,王书记,,,\n"
        let failure = try #require(ExpenseImport.parse(Self.header + body, today: Self.today).failureValue)
        #expect(failure.problems == [StaffImport.Problem(line: 2, message: "第 6 列“收款方”第 4 个字符是不可见的控制字符 U+0000（常来自复制粘贴），请删去后重填")])
    }

    @Test func theAuditRefusesAnyTextSQLiteWouldCutShort() {
        #expect(throws: StorageError.self) { try StoredText.refuseNUL(["payee": "好邻居\u{0}文具店"]) }
        #expect(throws: Never.self) { try StoredText.refuseNUL(["payee": "好邻居文具店"]) }
    }

    @Test func aLongProjectIsRefusedWithTheBound() throws {
        let body = "2024-03-03,居委会工作经费,办公,\(String(repeating: "项", count: 51)),80,好邻居文具店,公务卡,陈杰,王书记,,,\n"
        let failure = try #require(ExpenseImport.parse(Self.header + body, today: Self.today).failureValue)
        #expect(failure.problems[0].message == "项目不能超过 50 个字（本程序取值），现有 51 个字")
    }

    @Test func everyExpensePathRefusesAControlOrAMegabyteInItsTexts() throws {
        #expect(storageErrorKind { try f.request("80", payee: "好邻居\u{1B}[2J文具店") } == .invalidInput)
        #expect(storageErrorKind { try f.request("80", purpose: String(repeating: "用", count: 1_000_000)) } == .invalidInput)
        #expect(storageErrorKind { try f.request("80", payee: "好邻居\u{0}文具店") } == .invalidInput)
        #expect(try f.book().records.isEmpty)
        #expect(try f.request("80").expense.payee == "好邻居文具店")
    }
}
