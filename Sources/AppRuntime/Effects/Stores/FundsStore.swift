import Domain
import Foundation
import Storage

/// What the funds tab's effects need of storage: the year's books and every step of an
/// expense, a plan line and a budget.
public protocol FundsStore {
    // MARK: - Reading

    func fundsVersion(year: Int) throws -> [Int64]
    func fundsBook(year: Int, rules: RuleSet) throws -> FundsBook

    // MARK: - Expenses

    func requestExpense(_ request: ExpenseRequest, by actor: Int64, at: Date, rules: RuleSet, dryRun: Bool) throws -> ExpenseRecord
    func decideExpense(_ id: Int64, approve: Bool, as role: Role, reason: String, on date: LocalDate,
                       by actor: Int64, at: Date, rules: RuleSet) throws -> ExpenseRecord
    func recordStreetReview(_ review: StreetReview, for id: Int64, by actor: Int64, at: Date, rules: RuleSet) throws -> ExpenseRecord
    func recordStreetApproval(_ approval: StreetApproval, for id: Int64, by actor: Int64, at: Date, rules: RuleSet) throws -> ExpenseRecord
    func recordVerbalApproval(_ approval: VerbalApproval, for id: Int64, by actor: Int64, at: Date,
                              rules: RuleSet) throws -> ExpenseRecord
    func requestBatch(_ request: ExpenseRequest, by actor: Int64, at: Date, rules: RuleSet) throws -> ExpenseRecord
    func requestInstalment(of batchID: Int64, amount: Int64, date: LocalDate, receipts: String, by actor: Int64,
                           at: Date, rules: RuleSet) throws -> ExpenseRecord
    func recordCaseDecision(_ decision: CaseDecision, for id: Int64, by actor: Int64, at: Date, rules: RuleSet) throws -> ExpenseRecord
    func recordPayment(for id: Int64, _ details: PaymentDetails, by actor: Int64, at: Date, rules: RuleSet) throws -> LedgerEntry
    func reversePayment(of id: Int64, reason: String, on date: LocalDate, by actor: Int64, at: Date,
                        rules: RuleSet) throws -> LedgerEntry

    // MARK: - Plan, budget and results

    func savePlanLine(_ line: PlanLine, year: Int, by actor: Int64, at: Date, rules: RuleSet) throws -> PlanLine
    func recordPlanReport(_ report: PlanReport, year: Int, by actor: Int64, at: Date) throws
    func setBudget(_ amount: Int64, fund: FundKind, year: Int, by actor: Int64, at: Date) throws
    func correctPayeeKind(_ correction: PayeeCorrection, by actor: Int64, at: Date) throws -> PayeeKind
    func recordProjectNote(_ note: ProjectNote, by actor: Int64, at: Date, today: LocalDate, rules: RuleSet) throws -> ProjectNote
}

extension AppDatabase: FundsStore {}
