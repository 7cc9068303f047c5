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
            guard try store.fundsVersion(year: today.year) != known.marks else { return .funds(.unchanged(rules: rules, today: today)) }
            return try load(rules: rules)
        case .request(let request, let actor):
            let record = try store.requestExpense(request, by: actor, at: now, rules: try Self.rules(on: request.date), dryRun: false)
            return saved(FundsRuntimeText.requested(record, rules: rules))
        case .decide(let id, let approve, let role, let reason, let actor):
            let record = try store.decideExpense(id, approve: approve, as: role, reason: reason, on: today, by: actor,
                                                    at: now, rules: rules)
            return saved(FundsRuntimeText.decided(record, rules: rules))
        case .review(let id, let review, let actor):
            let record = try store.recordStreetReview(review, for: id, by: actor, at: now, rules: rules)
            return saved(FundsRuntimeText.reviewed(record, rules: rules))
        case .streetApproval(let id, let approval, let actor):
            let record = try store.recordStreetApproval(approval, for: id, by: actor, at: now, rules: rules)
            return saved(FundsRuntimeText.streetApproved(record, rules: rules))
        case .verbal(let id, let approval, let actor):
            let record = try store.recordVerbalApproval(approval, for: id, by: actor, at: now, rules: rules)
            return saved(FundsRuntimeText.verbal(record, today: today, rules: rules))
        case .requestBatch(let request, let actor):
            let record = try store.requestBatch(request, by: actor, at: now, rules: try Self.rules(on: request.date))
            return saved(FundsRuntimeText.batchRequested(record, rules: rules))
        case .instalment(let batchID, let amount, let date, let receipts, let actor):
            let record = try store.requestInstalment(of: batchID, amount: amount, date: date, receipts: receipts, by: actor,
                                                        at: now, rules: rules)
            let remaining = try store.fundsBook(year: record.expense.date.year, rules: rules).remaining(ofBatch: batchID)
            return saved(FundsRuntimeText.instalment(record, remaining: remaining))
        case .savePlanLine(let line, let year, let actor):
            let stored = try store.savePlanLine(line, year: year, by: actor, at: now, rules: rules)
            return saved(FundsRuntimeText.planLine(stored))
        case .planReport(let report, let year, let actor):
            try store.recordPlanReport(report, year: year, by: actor, at: now)
            return saved(FundsRuntimeText.planReport(report, year: year))
        case .setBudget(let fund, let amount, let year, let actor):
            try store.setBudget(amount, fund: fund, year: year, by: actor, at: now)
            return saved(FundsRuntimeText.budget(fund, amount, year: year))
        case .caseDecision(let id, let decision, let actor):
            let record = try store.recordCaseDecision(decision, for: id, by: actor, at: now, rules: rules)
            return saved(FundsRuntimeText.caseDecision(record))
        case .pay(let id, let details, let actor):
            let entry = try store.recordPayment(for: id, details, by: actor, at: now, rules: rules)
            return saved(FundsRuntimeText.paid(entry, balance: try balance(of: entry, rules: rules)))
        case .reverse(let id, let reason, let actor):
            let entry = try store.reversePayment(of: id, reason: reason, on: today, by: actor, at: now, rules: rules)
            return saved(FundsRuntimeText.reversed(entry, balance: try balance(of: entry, rules: rules)))
        case .projectNote(let note, let actor):
            let stored = try store.recordProjectNote(note, by: actor, at: now, today: today, rules: rules)
            return saved(FundsRuntimeText.projectNote(stored))
        case .correctPayeeKind(let correction, let actor):
            _ = try store.correctPayeeKind(correction, by: actor, at: now)
            return saved(FundsRuntimeText.payeeCorrected(correction))
        }
    }

    private func saved(_ text: String) -> Action { .funds(.saved(text)) }

    /// This year's books with what they were read from (read first, see `FundsStore.fundsVersion`).
    private func load(rules: RuleSet) throws -> Action {
        let version = DataVersion(try store.fundsVersion(year: today.year))
        return .funds(.loaded(try store.fundsBook(year: today.year, rules: rules), rules: rules, today: today, version: version))
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
        guard let rules = book.inForce(on: day) else { throw StorageError(.invalidInput, FundsRuntimeText.noRules(day)) }
        return rules
    }
}

/// The sentences the funds effects answer with.
enum FundsRuntimeText {
    static func requested(_ r: ExpenseRecord, rules: RuleSet) -> String {
        "已提交支出申请 #\(r.id)（\(Money.format(r.expense.amount))）：" + RouteSentence.of(r, rules: rules)
    }

    static func decided(_ r: ExpenseRecord, rules: RuleSet) -> String {
        let last = r.decisions.last.map { $0.summary + "；" } ?? ""
        return "#\(r.id) 已记录 \(last)现状：\(r.status(rules: rules).title)"
    }

    static func reviewed(_ r: ExpenseRecord, rules: RuleSet) -> String {
        "#\(r.id) 已登记街道审核（文号 \(r.review?.reference ?? "")），现状：\(r.status(rules: rules).title)"
    }

    static func streetApproved(_ r: ExpenseRecord, rules: RuleSet) -> String {
        "#\(r.id) 已登记街道审批（文号 \(r.review?.approval?.reference ?? "")），现状：\(r.status(rules: rules).title)"
    }

    static func verbal(_ r: ExpenseRecord, today: LocalDate, rules: RuleSet) -> String {
        "#\(r.id) 已登记口头批准，可先行支付；" + (r.emergencyVerdict(today: today, rules: rules)?.message ?? "")
    }

    static func batchRequested(_ r: ExpenseRecord, rules: RuleSet) -> String {
        "已提交集中申请 #\(r.id)（总额 \(Money.format(r.expense.amount))）：" + RouteSentence.of(r, rules: rules)
    }

    static func instalment(_ r: ExpenseRecord, remaining: Int64) -> String {
        "已登记分批报销 #\(r.id) \(Money.format(r.expense.amount))（集中申请 #\(r.batch?.id ?? 0)），剩余 \(Money.format(remaining))，待报账员支付"
    }

    static func planLine(_ l: PlanLine) -> String {
        (l.revises == nil ? "已列入年度经费计划：" : "已修订计划（原版本保留）：") + "\(l.project) \(Money.format(l.amount))"
    }

    static func planReport(_ r: PlanReport, year: Int) -> String { "已记录：\(year) 年度经费计划于 \(r.date) 向\(r.meeting.title)报告" }

    static func budget(_ fund: FundKind, _ amount: Int64, year: Int) -> String {
        "已设定 \(year) 年度\(fund.title)预算 \(Money.format(amount))"
    }

    static func caseDecision(_ r: ExpenseRecord) -> String {
        "#\(r.id) 已登记一事一议决定（\(r.expense.caseDecision?.reference ?? "")），可按审批路线支付"
    }

    static func payeeCorrected(_ c: PayeeCorrection) -> String {
        "已更正：收款方“\(FieldText.echo(c.payee))”登记为\(c.kind.title)，原登记保留；居务公开按\(c.kind.title)显示"
    }

    static func paid(_ e: LedgerEntry, balance: Int64) -> String {
        "已支付 #\(e.expenseID) \(Money.format(e.amount))（\(e.date)，\(e.method?.title ?? "")，票据号 \(e.voucher ?? "")），"
            + "\(e.fund.title)余额 \(Money.format(balance))"
    }

    static func reversed(_ e: LedgerEntry, balance: Int64) -> String {
        "已冲销 #\(e.expenseID) \(Money.format(-e.amount))（\(e.reason)），\(e.fund.title)余额 \(Money.format(balance))"
    }

    static func projectNote(_ n: ProjectNote) -> String {
        "已登记“\(n.project)”的\(n.kind.title)（\(n.date)，\(n.recordedBy)），将列入居务公开"
    }

    static func noRules(_ day: LocalDate) -> String { "\(day) 没有适用的规则集" }
}
