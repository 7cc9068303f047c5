import AppCore
import AppRuntime
import Domain
import Foundation
import Storage

/// Saves records in a loop as the screen does: a visit through the effect runner (the visit form's
/// effect), and every fifth turn an expense requested by the bookkeeper, approved by the secretary and the director,
/// and paid by the bookkeeper through the storage calls the funds tab's effects make.
struct CrashSaver {
    let database: AppDatabase
    let runner: EffectRunner
    let secretary: Person, director: Person, bookkeeper: Person
    let rules: RuleSet

    init(path: String) throws {
        database = try AppDatabase.open(path: path)
        runner = EffectRunner(database: database)
        let people = try database.people(includeInactive: false)
        func holder(_ role: Role) throws -> Person {
            guard let person = people.first(holding: role) else { throw CrashDriverError("no \(role) in the database") }
            return person
        }
        (secretary, director, bookkeeper) = (try holder(.secretary), try holder(.director), try holder(.bookkeeper))
        guard let inForce = try RuleBook.bundled().inForce(on: ShanghaiCalendar.day(of: Date())) else {
            throw CrashDriverError("no rule set in force today")
        }
        rules = inForce
    }

    func run() throws -> Never {
        for turn in 1... {
            report("visit \(try saveVisit(turn))")
            if turn % 5 == 0 { report("payment \(try savePayment())") }
        }
        fatalError("unreachable")
    }

    /// Writes `line` straight to standard output (one `write`, no buffer), so that it is out
    /// before the next save begins and a kill can only cut what was never reported.
    func report(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// The visit form's save, as the screen sends it; the id once it is committed.
    func saveVisit(_ turn: Int) throws -> Int64 {
        let draft = VisitDraft(at: Date(), residentName: "住户\(turn % 40)", room: "7号楼\(turn % 40)室", reason: "崩溃测试走访 \(turn)")
        let action = runner.run(.visits(.save(draft, user: secretary, addHousehold: true, allZones: true)))
        guard case .visits(.saved(let record, _))? = action else { throw CrashDriverError("visit not saved: \(String(describing: action))") }
        return record.id
    }

    /// One 1.00-yuan expense through its whole route (with its 一事一议 decision); its id once the payment is committed.
    func savePayment() throws -> Int64 {
        let now = Date(), today = ShanghaiCalendar.day(of: now)
        let request = ExpenseRequest(fund: .party, category: .massActivity, project: "崩溃测试", amount: 100, payee: "好邻居文具店",
                                     purpose: "活动用品", payment: .officialCard, date: today, receipts: "No.001",
                                     payeeKind: .organisation, beneficiary: .residents, costKind: .ordinary)
        let id = try database.requestExpense(request, by: bookkeeper.id, at: now, rules: rules).id
        try database.decideExpense(id, approve: true, as: .secretary, reason: "", on: today, by: secretary.id, at: now, rules: rules)
        try database.decideExpense(id, approve: true, as: .director, reason: "", on: today, by: director.id, at: now, rules: rules)
        // The year has no plan, so the expense is outside it and is paid with its 一事一议 decision (附件一 三(一)).
        try database.recordCaseDecision(CaseDecision(reference: "崩溃测试", date: today), for: id, by: secretary.id, at: now, rules: rules)
        try database.recordPayment(for: id, PaymentDetails(date: today, voucher: "No.001", method: .officialCard), by: bookkeeper.id,
                                   at: now, rules: rules)
        return id
    }
}

struct CrashDriverError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
