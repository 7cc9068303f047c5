import AppCore
import Domain
import Foundation
import ScreenKit

/// The books, people and rule set the funds tab's tests share: a year with a paid local expense,
/// one waiting for the street and a reversed one.
enum FundsFixtures {
    static let rules: RuleSet = {
        guard let rules = try? RuleBook.bundled().inForce(on: today) else { fatalError("putuo-2017.toml") }
        return rules
    }()

    static let today = LocalDate(iso: "2026-11-29")!
    static let director = Person(id: 4, name: "张建华", roles: [.director, .worker])
    static let bookkeeper = Person(id: 5, name: "刘会计", roles: [.bookkeeper, .worker])

    static func expense(_ id: Int64, _ amount: Int64, payee: String, fund: FundKind = .party,
                        category: ExpenseCategory = .massActivity, date: String) -> Expense {
        Expense(id: id, fund: fund, category: category, amount: amount, payee: payee, purpose: "重阳节活动用品",
                date: LocalDate(iso: date)!, requesterID: Fixtures.worker.id)
    }

    static func approvedBy(_ date: String) -> [ExpenseDecision] {
        [ExpenseDecision(person: Fixtures.secretary, role: .secretary, approved: true, reason: "活动必需", date: LocalDate(iso: date)!),
         ExpenseDecision(person: director, role: .director, approved: true, reason: "", date: LocalDate(iso: date)!)]
    }

    static func entry(_ id: Int64, _ e: Expense, _ amount: Int64, after: Int64, reason: String = "", date: String) -> LedgerEntry {
        LedgerEntry(id: id, expenseID: e.id, kind: amount > 0 ? .payment : .reversal, fund: e.fund, category: e.category,
                    amount: amount, payee: e.payee, receipts: "No.0031", date: LocalDate(iso: date)!, reason: reason,
                    reversesID: amount > 0 ? nil : id - 1, fundSpentAfter: after, recordedBy: bookkeeper.name)
    }

    /// Three expenses: #1 paid (480.00), #2 paid then reversed (200.00), #3 over 500 waiting for the street.
    static var book: FundsBook {
        let e1 = expense(1, 48_000, payee: "好邻居文具店", date: "2026-10-08")
        let e2 = expense(2, 20_000, payee: "曹杨花店", category: .careAndHelp, date: "2026-10-20")
        let e3 = expense(3, 120_000, payee: "宜川音响租赁", fund: .foundation, category: .residentProjects, date: "2026-11-20")
        let p1 = entry(1, e1, 48_000, after: 48_000, date: "2026-10-09")
        let p2 = entry(2, e2, 20_000, after: 68_000, date: "2026-10-21")
        let r2 = entry(3, e2, -20_000, after: 48_000, reason: "重复报销", date: "2026-10-22")
        var book = FundsBook.empty(year: 2026, rules: rules)
        book.records = [
            ExpenseRecord(expense: e1, project: "重阳节敬老", receipts: "No.0031", requester: Fixtures.worker,
                          decisions: approvedBy("2026-10-08"), payment: p1),
            ExpenseRecord(expense: e2, project: "", receipts: "", requester: Fixtures.worker, decisions: approvedBy("2026-10-20"),
                          payment: p2, reversal: r2),
            ExpenseRecord(expense: e3, project: "楼组文艺汇演", receipts: "", requester: Fixtures.worker),
        ]
        book.entries = [p1, p2, r2]
        return book
    }

    /// The main screen on the funds tab with `book` loaded.
    static func state(_ user: Person = Fixtures.secretary, book: FundsBook = book) -> AppState {
        var s = Fixtures.mainState(user)
        _ = Fixtures.send([.char("4")], to: &s)
        _ = AppUpdate.update(&s, .funds(.loaded(book, rules: rules)))
        return s
    }
}
