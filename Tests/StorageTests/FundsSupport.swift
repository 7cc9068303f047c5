import Domain
import Foundation
@testable import Storage

/// A database with the people the funds need: a secretary, a director, one person holding both,
/// a bookkeeper and a worker; and quick ways to ask for money.
final class FundsFixture {
    let base: DatabaseFixture
    let director: Person
    let both: Person
    let bookkeeper: Person
    let worker: Person
    var database: AppDatabase { base.database }
    var secretary: Person { base.admin }

    static let rules: RuleSet = {
        guard let rules = try? RuleBook.bundled().inForce(on: day("2024-03-01")) else { fatalError("putuo-2017.toml") }
        return rules
    }()

    /// The projects 2024's plan holds in each fund (the one every `request` names, and those the
    /// batch and import tests use); without a plan every expense is outside it.
    static let plannedProjects = ["重阳节敬老活动", "社区运动会", "楼组花园", "游园会", "便民服务日"]

    /// - Parameter planned: whether 2024 has a plan holding `plannedProjects`.
    init(planned: Bool = true) throws {
        base = try DatabaseFixture()
        let db = base.database, admin = base.admin
        director = try db.addPerson(name: "李主任", roles: [.director], zone: nil, pin: nil, by: admin.id, at: Fixture.start)
        both = try db.addPerson(name: "赵敏", roles: [.secretary, .director], zone: nil, pin: nil, by: admin.id, at: Fixture.start)
        bookkeeper = try db.addPerson(name: "钱会计", roles: [.bookkeeper, .worker], zone: nil, pin: nil, by: admin.id, at: Fixture.start)
        worker = try db.addWorker("陈杰", by: admin)
        guard planned else { return }
        for fund in FundKind.allCases {
            for project in Self.plannedProjects {
                try db.savePlanLine(PlanLine(id: 0, fund: fund, category: fund.categories[0], project: project, amount: Self.yuan("50000")),
                                    year: 2024, by: admin.id, at: Fixture.start, rules: Self.rules)
            }
        }
    }

    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func yuan(_ text: String) -> Int64 {
        guard case .success(let fen) = Money.parse(text) else { fatalError(text) }
        return fen
    }

    /// A request from the worker for `amount` (as typed) to `payee`.
    @discardableResult
    func request(_ amount: String, payee: String = "好邻居文具店", purpose: String = "活动用品", fund: FundKind = .party,
                 category: ExpenseCategory = .massActivity, date: String = "2024-03-01",
                 payment: PaymentMethod = .officialCard, payeeKind: PayeeKind? = .organisation,
                 beneficiary: Beneficiary? = nil, costKind: CostKind? = nil,
                 by requester: Person? = nil) throws -> ExpenseRecord {
        let request = ExpenseRequest(fund: fund, category: category, project: "重阳节敬老活动", amount: Self.yuan(amount),
                                     payee: payee, purpose: purpose, payment: payment, date: Self.day(date), receipts: "No.001",
                                     payeeKind: payeeKind, beneficiary: beneficiary, costKind: costKind)
        return try database.requestExpense(request, by: (requester ?? worker).id, at: Fixture.start, rules: Self.rules)
    }

    @discardableResult
    func decide(_ id: Int64, _ person: Person, as role: Role, approve: Bool = true, reason: String = "") throws -> ExpenseRecord {
        try database.decideExpense(id, approve: approve, as: role, reason: reason, on: Self.day("2024-03-02"), by: person.id,
                                   at: Fixture.start, rules: Self.rules)
    }

    @discardableResult
    /// Pays `id` with a 付款凭证号 on `date` (2024-03-03, or the day it became payable when later), by the
    /// method the request named unless `method` is given.
    func pay(_ id: Int64, by person: Person? = nil, method: PaymentMethod? = nil, voucher: String = "FP-0001",
             on date: String? = nil) throws -> LedgerEntry {
        let record = try book().record(id)
        let day = date.map(Self.day) ?? max(Self.day("2024-03-03"), record?.payableFrom ?? Self.day("2024-03-03"))
        let method = method ?? record?.expense.payment ?? .officialCard
        return try database.recordPayment(for: id, PaymentDetails(date: day, voucher: voucher, method: method),
                                          by: (person ?? bookkeeper).id, at: Fixture.start, rules: Self.rules)
    }

    /// The street's 审批 of `id` after its 审核 (附件一 三(二)), entered by the 书记 on `date`.
    @discardableResult
    func streetApprove(_ id: Int64, on date: String = "2024-03-02", by person: Person? = nil) throws -> ExpenseRecord {
        try database.recordStreetApproval(StreetApproval(approver: "长寿路街道办事处", reference: "长街批 8 号", date: Self.day(date)),
                                          for: id, by: (person ?? secretary).id, at: Fixture.start, rules: Self.rules)
    }

    func book() throws -> FundsBook { try database.fundsBook(year: 2024, rules: Self.rules) }
}
