import AppCore
import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// Who may do what, through the same effects the screens send: each gated act tried as a
/// person without the role comes back refused with the rule's sentence, and nothing is written.
@Suite struct RoleGateTests {
    typealias Harness = RuntimeFlowTests.Harness

    /// A committee of a secretary, a worker, a director and a bookkeeper, and one expense the worker asked for.
    struct Staff {
        let h: Harness
        let secretary: Person, worker: Person, director: Person, bookkeeper: Person
        let expense: Int64
        var db: AppDatabase { h.runner.database }

        init() throws {
            h = try Harness()
            let db = h.runner.database
            secretary = try db.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                          pin: "2580", at: h.clock.now)
            let (by, at) = (secretary.id, h.clock.now)
            let add = { (name: String, roles: Set<Role>) throws -> Person in
                try db.addPerson(name: name, roles: roles, zone: "一片", pin: nil, by: by, at: at)
            }
            worker = try add("李明", [.worker])
            director = try add("张建华", [.director])
            bookkeeper = try add("刘会计", [.bookkeeper])
            let rules = try RuleSet.bundledPutuo2017()
            try db.savePlanLine(PlanLine(id: 0, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 800_000),
                                year: ShanghaiCalendar.day(of: at).year, by: by, at: at, rules: rules)
            let request = ExpenseRequest(fund: .party, category: .massActivity, project: "重阳节敬老", amount: 30_000,
                                         payee: "好邻居文具店", purpose: "茶点", payment: .officialCard,
                                         date: ShanghaiCalendar.day(of: at), receipts: "No.001", payeeKind: .organisation)
            expense = try db.requestExpense(request, by: worker.id, at: at, rules: rules).id
        }

        /// The payment the bookkeeper types: today, with a 付款凭证号, by card.
        var payment: PaymentDetails { PaymentDetails(date: ShanghaiCalendar.day(of: h.clock.now), voucher: "FP-0001", method: .officialCard) }

        /// Runs `effect` as the screen would and returns the refusal it came back with (nil if it went through).
        func refusal(_ effect: Effect) -> String? {
            if case .failed(let message) = h.runner.run(effect) { return message }
            return nil
        }

        /// The newest audit row's id: it moves whenever anything is written.
        func lastAudit() throws -> Int64 { try db.auditEntries(limit: 1).first?.id ?? 0 }
    }

    static let november = Month(year: 2026, month: 11)!

    @Test("only a secretary signs a points card: a director and the worker are refused, the card stays unsigned")
    func signPoints() throws {
        let c = try Staff()
        let before = try c.lastAudit()
        for person in [c.director, c.worker, c.bookkeeper] {
            #expect(c.refusal(.points(.sign(worker: c.worker.id, month: Self.november, by: person.id)))
                    == Permission.signPoints.verdict(for: person).message)
        }
        #expect(try c.lastAudit() == before)
        let rules = try RuleSet.bundledPutuo2017()
        #expect(try !c.db.pointsCard(worker: c.worker.id, month: Self.november, now: c.h.clock.now, rules: rules).isSigned)
        // The secretary signs a month that has ended (本程序的做法); November, still running, waits.
        #expect(c.refusal(.points(.sign(worker: c.worker.id, month: Self.november, by: c.secretary.id)))?.contains("尚未结束") == true)
        #expect(c.refusal(.points(.sign(worker: c.worker.id, month: Self.november.previous, by: c.secretary.id))) == nil)
    }

    @Test("only a secretary enters points lines")
    func enterPoints() throws {
        let c = try Staff()
        let before = try c.lastAudit()
        let line = PointsLine(.training, .count(1), evidence: "区社工培训通知")
        #expect(c.refusal(.points(.addLine(line, worker: c.worker.id, month: Self.november, by: c.director.id)))
                == "只有书记可以填写积分卡（附件三 积分规则说明 1）")
        #expect(try c.lastAudit() == before)
    }

    @Test("only a secretary assigns zones: the director is refused and the worker keeps their zone")
    func assignZone() throws {
        let c = try Staff()
        let before = try c.lastAudit()
        let message = c.refusal(.visits(.assignZone(personID: c.worker.id, zone: "二片", user: c.director, allZones: true)))
        #expect(message == "只有书记可以分配片区（本程序的做法：原文要求分片包块，未规定由谁分配）")
        #expect(try c.lastAudit() == before)
        #expect(try c.db.people(includeInactive: true).first { $0.id == c.worker.id }?.zone == "一片")
    }

    @Test("only the secretary and the director approve: the bookkeeper and the worker are refused, nothing is decided")
    func approve() throws {
        let c = try Staff()
        let before = try c.lastAudit()
        for (person, role) in [(c.bookkeeper, Role.secretary), (c.worker, .director)] {
            #expect(c.refusal(.funds(.decide(expenseID: c.expense, approve: true, role: role, reason: "", by: person.id)))
                    == "只有书记、主任可以审批经费支出（附件一 三(二)）")
        }
        #expect(try c.lastAudit() == before)
        #expect(c.refusal(.funds(.decide(expenseID: c.expense, approve: true, role: .secretary, reason: "", by: c.secretary.id))) == nil)
    }

    @Test("only a bookkeeper records payments: the secretary and the director are refused even once approved")
    func pay() throws {
        let c = try Staff()
        for (person, role) in [(c.secretary, Role.secretary), (c.director, .director)] {
            #expect(c.refusal(.funds(.decide(expenseID: c.expense, approve: true, role: role, reason: "", by: person.id))) == nil)
        }
        let before = try c.lastAudit()
        for person in [c.secretary, c.director, c.worker] {
            #expect(c.refusal(.funds(.pay(expenseID: c.expense, c.payment, by: person.id))) == "只有报账员可以登记支付和冲销（附件一 三(三)）")
        }
        #expect(try c.lastAudit() == before)
        #expect(c.refusal(.funds(.pay(expenseID: c.expense, c.payment, by: c.bookkeeper.id))) == nil)
        #expect(try c.lastAudit() > before)
    }

    @Test("only a secretary sets budgets and manages people")
    func budgetAndPeople() throws {
        let c = try Staff()
        let before = try c.lastAudit()
        #expect(c.refusal(.funds(.setBudget(.party, amount: 1, year: 2026, by: c.director.id)))
                == "只有书记可以修改经费预算（本程序的做法：原文只说居委会编制年度经费计划，未规定由谁录入）")
        #expect(c.refusal(.addPerson(name: "赵六", roles: [.secretary], zone: nil, pin: nil, by: c.director.id))?
            .hasPrefix("只有书记可以添加人员") == true)
        #expect(c.refusal(.setRoles(personID: c.worker.id, roles: [.secretary], by: c.worker.id)) != nil)
        #expect(try c.lastAudit() == before)
        #expect(try c.db.people(includeInactive: true).count == 4)
    }
}
