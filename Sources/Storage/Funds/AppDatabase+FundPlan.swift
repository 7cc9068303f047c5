import Domain
import Foundation
import GRDB

/// The year's plan (附件一 三(一)): the secretary or the director enters its lines, revises them by
/// new versions with a reason, and records its report to the residents' or party members'
/// meeting; an expense outside the plan is paid only once its 一事一议 decision is recorded.
extension AppDatabase {
    // MARK: - Lines

    /// Adds a plan line for `year`, or a new version of line `revises` with `line.reason`.
    @discardableResult
    public func savePlanLine(_ line: PlanLine, year: Int, by actor: Int64, at: Date, rules: RuleSet) throws -> PlanLine {
        var line = line
        line.project = line.project.trimmingCharacters(in: .whitespacesAndNewlines)
        line.reason = line.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.project.isEmpty { throw StorageError(.invalidInput, FundsText.planProjectEmpty) }
        if !Money.accepts(line.amount, allowZero: line.revises != nil) { throw StorageError(.invalidInput, FundsText.planAmount) }
        if line.revises != nil && line.reason.isEmpty { throw StorageError(.invalidInput, FundsText.planRevisionReason) }
        let scope = FundRules.scope(fund: line.fund, category: line.category, rules: rules)
        if !scope.isOK { throw StorageError(.notPermitted, scope.message) }
        return try audited(by: actor, at: at) { db in
            let person = try PersonTable.require(.planFunds, by: actor, in: db)
            if let old = line.revises {
                let plan = try FundPlanTables.plan(year: year, in: db)
                guard plan.current.contains(where: { $0.id == old }) else { throw StorageError(.notPermitted, FundsText.planNotCurrent) }
            }
            line.id = try FundPlanTables.insertLine(line, year: year, by: actor, at: at, in: db)
            line.setBy = person.name
            line.setAt = FundResultsTables.shanghaiTime(at)
            var detail = ["year": String(year), "fund": line.fund.rawValue, "project": line.project, "amount": String(line.amount)]
            detail["revises"] = line.revises.map(String.init)
            detail["reason"] = line.revises == nil ? nil : line.reason
            return (line, [AuditEvent(action: line.revises == nil ? "plan.line" : "plan.revise", entity: "plan_line",
                                      entityID: line.id, detail: detail)])
        }
    }

    // MARK: - Report to a meeting

    /// Records that the year's plan was reported to a meeting on a date (the latest counts).
    public func recordPlanReport(_ report: PlanReport, year: Int, by actor: Int64, at: Date) throws {
        try audited(by: actor, at: at) { db in
            try PersonTable.require(.planFunds, by: actor, in: db)
            try FundPlanTables.insertReport(report, year: year, by: actor, at: at, in: db)
            return ((), [AuditEvent(action: "plan.report", entity: "plan_report", entityID: db.lastInsertedRowID,
                                    detail: ["year": String(year), "meeting": report.meeting.rawValue, "date": report.date.iso])])
        }
    }

    // MARK: - 一事一议

    /// Records the 一事一议 decision that lets expense `id`, outside the plan, be paid.
    @discardableResult
    public func recordCaseDecision(_ decision: CaseDecision, for id: Int64, by actor: Int64, at: Date,
                                   rules: RuleSet) throws -> ExpenseRecord {
        let decision = CaseDecision(reference: decision.reference.trimmingCharacters(in: .whitespacesAndNewlines), date: decision.date)
        if decision.reference.isEmpty { throw StorageError(.invalidInput, FundsText.caseReferenceEmpty) }
        return try audited(by: actor, at: at) { db in
            try PersonTable.require(.recordDecisions, by: actor, in: db)
            let (_, record) = try Self.record(id, rules: rules, in: db)
            if record.expense.inPlan { throw StorageError(.invalidInput, FundsText.caseNotNeeded) }
            if record.expense.caseDecision != nil { throw StorageError(.notPermitted, FundsText.caseAlready) }
            try FundPlanTables.insertDecision(decision, expense: id, by: actor, at: at, in: db)
            let (_, updated) = try Self.record(id, rules: rules, in: db)
            return (updated, [.expense("expense.case", id, ["reference": decision.reference, "date": decision.date.iso])])
        }
    }
}

// MARK: - Text of the plan
