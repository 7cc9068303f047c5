import AppCore
import Domain
import Foundation
import Storage

/// Runs the funds tab's effects against a `FundsStore`, with the rule set in force on the day
/// (from the shipped rule book) and the clock passed in; each answer is a sentence for the screen.
struct FundsEffects {
    let store: any FundsStore
    let now: Date

    var today: LocalDate { ShanghaiCalendar.day(of: now) }

    func run(_ effect: FundsEffect) throws -> Action {
        let rules = try Self.rules(on: today)
        switch effect {
        case .load: return try load(rules: rules)
        case .loadUnlessUnchanged(let known):
            guard try store.fundsVersion(year: today.year) != known.marks else { return .funds(.unchanged(rules: rules)) }
            return try load(rules: rules)
        case .request(let request, let actor):
            let record = try store.requestExpense(request, by: actor, at: now, rules: try Self.rules(on: request.date), dryRun: false)
            return saved(FundsText.requested(record, rules: rules))
        case .decide(let id, let approve, let role, let reason, let actor):
            let record = try store.decideExpense(id, approve: approve, as: role, reason: reason, on: today, by: actor,
                                                    at: now, rules: rules)
            return saved(FundsText.decided(record, rules: rules))
        case .review(let id, let review, let actor):
            let record = try store.recordStreetReview(review, for: id, by: actor, at: now, rules: rules)
            return saved(FundsText.reviewed(record, rules: rules))
        case .streetApproval(let id, let approval, let actor):
            let record = try store.recordStreetApproval(approval, for: id, by: actor, at: now, rules: rules)
            return saved(FundsText.streetApproved(record, rules: rules))
        case .verbal(let id, let approval, let actor):
            let record = try store.recordVerbalApproval(approval, for: id, by: actor, at: now, rules: rules)
            return saved(FundsText.verbal(record, today: today, rules: rules))
        case .requestBatch(let request, let actor):
            let record = try store.requestBatch(request, by: actor, at: now, rules: try Self.rules(on: request.date))
            return saved(FundsText.batchRequested(record, rules: rules))
        case .instalment(let batchID, let amount, let date, let receipts, let actor):
            let record = try store.requestInstalment(of: batchID, amount: amount, date: date, receipts: receipts, by: actor,
                                                        at: now, rules: rules)
            let remaining = try store.fundsBook(year: record.expense.date.year, rules: rules).remaining(ofBatch: batchID)
            return saved(FundsText.instalment(record, remaining: remaining))
        case .savePlanLine(let line, let year, let actor):
            let stored = try store.savePlanLine(line, year: year, by: actor, at: now, rules: rules)
            return saved(FundsText.planLine(stored))
        case .planReport(let report, let year, let actor):
            try store.recordPlanReport(report, year: year, by: actor, at: now)
            return saved(FundsText.planReport(report, year: year))
        case .setBudget(let fund, let amount, let year, let actor):
            try store.setBudget(amount, fund: fund, year: year, by: actor, at: now)
            return saved(FundsText.budget(fund, amount, year: year))
        case .caseDecision(let id, let decision, let actor):
            let record = try store.recordCaseDecision(decision, for: id, by: actor, at: now, rules: rules)
            return saved(FundsText.caseDecision(record))
        case .pay(let id, let details, let actor):
            let entry = try store.recordPayment(for: id, details, by: actor, at: now, rules: rules)
            return saved(FundsText.paid(entry, balance: try balance(of: entry, rules: rules)))
        case .reverse(let id, let reason, let actor):
            let entry = try store.reversePayment(of: id, reason: reason, on: today, by: actor, at: now, rules: rules)
            return saved(FundsText.reversed(entry, balance: try balance(of: entry, rules: rules)))
        case .projectNote(let note, let actor):
            let stored = try store.recordProjectNote(note, by: actor, at: now, today: today, rules: rules)
            return saved(FundsText.projectNote(stored))
        case .correctPayeeKind(let correction, let actor):
            _ = try store.correctPayeeKind(correction, by: actor, at: now)
            return saved(FundsText.payeeCorrected(correction))
        }
    }

    private func saved(_ text: String) -> Action { .funds(.saved(text)) }

    /// This year's books with what they were read from (read first, see `FundsStore.fundsVersion`).
    private func load(rules: RuleSet) throws -> Action {
        let version = DataVersion(try store.fundsVersion(year: today.year))
        return .funds(.loaded(try store.fundsBook(year: today.year, rules: rules), rules: rules, version: version))
    }

    private func balance(of entry: LedgerEntry, rules: RuleSet) throws -> Int64 {
        try store.fundsBook(year: today.year, rules: rules).balance(entry.fund)
    }

    /// The shipped rule set in force on `day`. Stricter than `RuleBook.rules(on:)`: money is never
    /// requested, approved or reported under rules that were not yet in force, so a day before
    /// every rule set is refused rather than given the oldest set.
    static func rules(on day: LocalDate) throws -> RuleSet {
        let book: RuleBook
        do { book = try RuleBook.bundled() } catch { throw StorageError(.invalidInput, "规则集无法读取：\(error)") }
        guard let rules = book.inForce(on: day) else { throw StorageError(.invalidInput, FundsText.noRules(day)) }
        return rules
    }
}
