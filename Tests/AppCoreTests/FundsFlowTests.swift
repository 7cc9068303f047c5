import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// The funds tab through the real storage, as a person uses it: a worker asks, the secretary
/// and the director approve as themselves, the bookkeeper pays, the balance goes down.
@Suite struct FundsFlowTests {
    typealias Harness = RuntimeFlowTests.Harness

    /// A database with the secretary (2580), a worker (1357), a director (2468) and a bookkeeper (1122).
    /// - Parameter planned: whether the year has a plan holding, in each fund, the projects the flows
    ///   type (without one every expense is outside it and is paid only with its 一事一议 decision).
    func harness(planned: Bool = true) throws -> Harness {
        let h = try Harness()
        let db = h.runner.database
        let admin = try db.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary, .worker],
                                      pin: "2580", at: h.clock.now)
        for (name, roles, pin) in [("李明", Set([Role.worker]), "1357"), ("张建华", [.director], "2468"), ("刘会计", [.bookkeeper], "1122")] {
            _ = try db.addPerson(name: name, roles: roles, zone: nil, pin: pin, by: admin.id, at: h.clock.now)
        }
        if planned { try plan(db, by: admin, at: h.clock.now) }
        h.pump([.loadStartup])
        return h
    }

    static let plannedProjects = ["重阳节敬老", "楼道抢修", "水管抢修", "社区运动会"]

    private func plan(_ db: AppDatabase, by admin: Person, at now: Date) throws {
        for fund in FundKind.allCases {
            for project in Self.plannedProjects {
                try db.savePlanLine(PlanLine(id: 0, fund: fund, category: fund.categories[0], project: project, amount: 5_000_000),
                                    year: ShanghaiCalendar.day(of: now).year, by: admin.id, at: now, rules: FundsFixtures.rules)
            }
        }
    }

    /// Logs out if need be, then in as the `index`-th person of the login list.
    func login(_ h: Harness, _ index: Int, _ pin: String) {
        if h.state.main != nil { h.press(.function(9)) }
        for _ in 0..<index { h.press(.down) }
        h.press(.enter); h.type(pin); h.press(.enter)
        h.press(.char("4"))
    }

    @Test("request 500 as a worker, approve as secretary and director, pay as bookkeeper: the balance goes down")
    func requestApprovePay() throws {
        let h = try harness()
        login(h, 1, "1357")
        h.press(.char("a"), .tab, .right, .tab)
        h.type("重阳节敬老"); h.press(.tab)
        h.type("500")
        #expect(h.screen.contains("≤ 500.00 元：书记、主任共同审批"))
        h.press(.tab); h.type("好邻居文具店"); h.press(.tab); h.type("茶话会茶点"); h.press(.tab, .tab, .tab, .tab, .tab, .right, .tab, .right, .enter)  // a new payee: 单位; 受益对象：居民群众
        #expect(h.state.message?.text.contains("已提交支出申请 #1") == true)

        login(h, 0, "2580")
        h.press(.char("y"), .tab, .tab); h.type("活动必需"); h.press(.enter)
        #expect(h.state.message?.text.contains("书记 王秀兰 同意") == true)
        h.press(.char("y"))
        #expect(h.state.message?.text.contains("不在审批中") != true, "still waiting for the director")
        h.press(.escape)

        login(h, 2, "2468")
        h.press(.char("y"), .enter)
        #expect(h.state.message?.text.contains("现状：待支付") == true)

        login(h, 3, "1122")
        h.press(.char("p"), .tab); h.type("FP-0001"); h.press(.enter, .char("y"))  // the payment form, then yes
        let paidOn = ShanghaiCalendar.day(of: h.clock.now)
        #expect(h.state.message?.text == "已支付 #1 ¥500.00（\(paidOn)，公务卡，付款凭证号 FP-0001），居委会工作经费余额 ¥99,500.00")
        let payment = try h.runner.database.fundsBook(year: paidOn.year, rules: FundsFixtures.rules).entries.first
        #expect(payment?.voucher == "FP-0001" && payment?.method == .officialCard && payment?.date == paidOn)
        #expect(h.screen.contains("余额 ¥99,500.00") && h.screen.contains("已支付"))
        #expect(try h.runner.database.verifyFunds(rules: FundsFixtures.rules, today: LocalDate(iso: "2026-12-31")!).isEmpty)
    }

    @Test("one person holding both roles approves once; the second try is refused with the rule")
    func bothRolesOnce() throws {
        let h = try harness()
        let db = h.runner.database
        let admin = try #require(try db.people(includeInactive: false).first)
        _ = try db.setRoles([.secretary, .director], for: admin.id, by: admin.id, at: h.clock.now)
        login(h, 1, "1357")
        h.press(.char("a"), .tab, .right, .tab, .tab); h.type("300")
        h.press(.tab); h.type("曹杨超市"); h.press(.tab); h.type("茶点"); h.press(.tab, .tab, .tab, .tab, .tab, .right, .tab, .right, .enter)  // a new payee: 单位; 受益对象：居民群众
        login(h, 0, "2580")
        h.press(.char("y"), .enter)
        h.press(.char("y"), .right, .enter)
        #expect(h.state.message?.text.contains("一人只计一次") == true)
        h.press(.escape)
        #expect(h.screen.contains("待审批"))
        h.press(.char("y"))
        #expect(h.state.message?.text.contains("王秀兰 已审批过本笔支出") == true, "refused before the form opens")
    }
}
