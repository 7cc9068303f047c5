import AppCore
import Domain
import Foundation
import Testing

/// The disclosure report (附件一 四(一)): golden pages inside and in public, the figures it adds
/// up, private payees hidden in public, and the CSV with its BOM.
@Suite struct FundsReportTests {
    static let committee = Committee(name: "长寿路第一居委会", streetOffice: "长寿路街道")

    /// The tab's fixture year plus office spending, a payment to a private person in Q4 (by transfer,
    /// with its 付款凭证号) and one to a restaurant whose name ends like no organisation's; every payee's
    /// type recorded but 曹杨花店's.
    static var book: FundsBook {
        var book = FundsFixtures.book
        let office = FundsFixtures.expense(4, 8_000, payee: "好邻居文具店", fund: .committee, category: .office, date: "2026-11-02")
        let help = FundsFixtures.expense(5, 30_000, payee: "张桂英", category: .careAndHelp, date: "2026-11-05")
        var meal = FundsFixtures.expense(6, 12_000, payee: "长寿路食府", fund: .foundation, category: .residentProjects, date: "2026-11-07")
        (meal.beneficiary, meal.costKind) = (.residents, .ordinary)
        let p4 = FundsFixtures.entry(4, office, 8_000, after: 8_000, date: "2026-11-03")
        var p5 = FundsFixtures.entry(5, help, 30_000, after: 78_000, date: "2026-11-06")
        (p5.method, p5.voucher) = (.bankTransfer, "FP-0005")
        let p6 = FundsFixtures.entry(6, meal, 12_000, after: 12_000, date: "2026-11-08")
        book.records += [
            ExpenseRecord(expense: office, project: "", receipts: "", requester: Fixtures.worker, payment: p4),
            ExpenseRecord(expense: help, project: "困难家庭慰问", receipts: "", requester: Fixtures.worker, payment: p5),
            ExpenseRecord(expense: meal, project: "重阳节敬老", receipts: "", requester: Fixtures.worker, payment: p6),
        ]
        book.entries += [p4, p5, p6]
        book.payeeKinds = ["好邻居文具店": .organisation, "张桂英": .person, "长寿路食府": .organisation]
        return book
    }

    static func report(_ period: String, public isPublic: Bool) -> FundsReport {
        FundsReport(book: book, period: ReportPeriod(text: period)!, isPublic: isPublic, rules: FundsFixtures.rules)
    }

    static func page(_ report: FundsReport) -> String {
        FundsReportPage.text(report, committee: committee, made: FundsFixtures.today,
                             clause: FundsFixtures.rules.clause(.officeCap))
    }

    @Test func theQuarterlyInternalPage() {
        Golden.assert(text: Self.page(Self.report("2026-Q4", public: false)), named: "funds-report-2026-Q4")
    }

    @Test func theHalfYearPublicPage() {
        Golden.assert(text: Self.page(Self.report("2026-H2", public: true)), named: "funds-report-2026-H2-public")
    }

    @Test func figuresComeFromTheLedgerByPeriod() {
        let q4 = Self.report("2026-Q4", public: false)
        let party = q4.funds.first { $0.fund == .party }!
        #expect(party.spentInPeriod == 48_000 + 30_000 && party.spentToDate == 78_000 && party.balance == 10_000_000 - 78_000)
        #expect(party.categories.first { $0.category == .careAndHelp }!.spentInPeriod == 30_000)
        #expect(q4.officeSpentToDate == 8_000)
        let q3 = Self.report("2026-Q3", public: false)
        #expect(q3.entries.isEmpty && q3.funds.allSatisfy { $0.spentToDate == 0 })
        let stage = q4.projects.first { $0.project == "楼组文艺汇演" }!
        #expect(stage.paidCount == 0 && stage.openCount == 1)
    }

    @Test func thePublicReportHidesPrivatePayeesAndSaysSo() {
        let payees = Self.report("2026-H2", public: true).entries.map(\.payee)
        #expect(payees.contains("个人") && !payees.contains("张桂英") && payees.contains("好邻居文具店"))
        #expect(payees.contains("长寿路食府"), "a restaurant recorded as 单位 is named, whatever its name ends with")
        #expect(payees.contains("未登记") && !payees.contains("曹杨花店"), "a payee without a recorded type is never guessed")
        #expect(Self.report("2026-H2", public: false).entries.map(\.payee).contains("张桂英"))
        #expect(Self.page(Self.report("2026-H2", public: true)).contains("收款方为个人的，显示为“个人”"))
        #expect(!Self.page(Self.report("2026-H2", public: false)).contains("显示为“个人”"))
    }

    @Test func theCSVStartsWithABOMAndHasOneRowPerPart() {
        let csv = FundsReportCSV.text(Self.report("2026-Q4", public: true))
        #expect(csv.hasPrefix("\u{FEFF}部分,经费类别,用途类别,项目,日期,收款方,年度预算,本期支出,累计支出,余额,说明,受益对象,费用性质\r\n"))
        #expect(csv.contains("明细,党组织服务群众专项经费,关爱帮扶类项目,困难家庭慰问,2026-11-06,个人,,300.00,,,银行转账，付款凭证号 FP-0005,未登记,未登记\r\n"))
        #expect(csv.contains("明细,党组织服务群众专项经费,关爱帮扶类项目,（未列项目）,2026-10-22,未登记,,-200.00,,,冲销,未登记,未登记\r\n"))
        #expect(csv.contains("经费,居委会工作经费,,,,,100000.00,80.00,80.00,99920.00,,,\r\n"))
        let meal = csv.split(separator: "\r\n").first { $0.hasPrefix("明细,社区基金会匹配资金,居民自治项目,重阳节敬老,2026-11-08,长寿路食府") }
        #expect(meal?.hasSuffix(",居民群众,以上都不是") == true, "a 明细 row carries its expense's recorded answers")
    }

    @Test func periodsReadAsTheCommandLineWritesThem() {
        #expect(ReportPeriod(text: "2024-Q3").map { ($0.firstDay.iso, $0.lastDay.iso) }! == ("2024-07-01", "2024-09-30"))
        #expect(ReportPeriod(text: "2024-h1")?.lastDay.iso == "2024-06-30")
        #expect(ReportPeriod(text: "2024")?.title == "2024年度")
        #expect(ReportPeriod(text: "2024-Q5") == nil && ReportPeriod(text: "2024-H3") == nil && ReportPeriod(text: "24-Q1") == nil)
    }
}
