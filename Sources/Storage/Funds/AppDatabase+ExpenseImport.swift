import Domain
import Foundation
import GRDB

/// Importing an expense list read by `ExpenseImport`: every row or none, in one transaction, each
/// row through the same storage rules as the screen (scope, the 500-yuan route, the requester's
/// own approval, one person once, payment only on a complete route).
///
/// How the file's columns become records: the approvers named are the people of that name holding
/// the role, deciding on the request date; a 街镇审核编号 is the street office's review (reviewer:
/// the committee's street office, dated the request date, entered by the person importing) and a
/// 街镇审批编号 (optional last column) its approval, alike; in a file without that column the review
/// stands for both steps (`StreetReview.oneStep`, as records entered before the split); a payment
/// is recorded on its 支付日期 by the bookkeeper named in the optional last column 报账员, or else by the
/// person importing, who must then hold 报账员 that day, paid by the row's 支付方式 with the 付款凭证号 of the optional
/// very last column 付款凭证号 (none stored when it gives none: `PaymentDetails.importedWithoutVoucher`); an optional column 一事一议决定 is the decision of
/// an expense outside the plan, dated the request date. Each person named must hold the role on the
/// day (`RoleHistory`); they may be inactive now (the file may be last year's books).
extension AppDatabase {
    /// Records every row, or throws `StaffImportFailure` with each bad row's line and reason.
    public func importExpenses(_ rows: [ExpenseImport.Row], by actor: Int64, at: Date, dryRun: Bool,
                               rules: RuleSet) throws -> [ExpenseRecord] {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try Self.requireCommittee(in: db)
            let importer = try PersonTable.require(.importExpenses, by: actor, in: db)
            let context = ImportContext(
                people: Dictionary(try PersonTable.fetchAll(includeInactive: true, in: db).map { ($0.name, $0) },
                                   uniquingKeysWith: { a, _ in a }),
                streetOffice: try Self.fetchCommittee(in: db)?.streetOffice ?? "", actor: actor, importer: importer,
                history: try RoleHistory.read(in: db), at: at, rules: rules)
            var events = [AuditEvent(action: "expense.import", entity: "expense", entityID: nil, detail: ["count": String(rows.count)])]
            var problems = [StaffImport.Problem]()
            var records = [ExpenseRecord]()
            for row in rows {
                do {
                    records.append(try Self.importExpense(row, context, events: &events, in: db))
                } catch let error as StorageError {
                    problems.append(.init(line: row.line, message: error.message))
                }
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            return (records, events)
        }
    }

    /// What every row of one import shares.
    private struct ImportContext {
        var people: [String: Person]
        var streetOffice: String
        var actor: Int64
        var importer: Person
        var history: RoleHistory
        var at: Date
        var rules: RuleSet

        func person(_ name: String) throws -> Person {
            guard let person = people[name] else { throw StorageError(.notFound, FundsText.unknownPerson(name)) }
            return person
        }

        /// The person named `name` as they stood on `day`, who must then hold `role` (`column` names the file's column).
        func person(_ name: String, holding role: Role, on day: LocalDate, column: String) throws -> Person {
            let then = history.person(try person(name), on: day)
            guard then.has(role) else {
                throw StorageError(.notPermitted, FundsText.notHoldingOnDate(name, role, day, column: column))
            }
            return then
        }

        /// Who records the payment of `row` on `day`: the 报账员 column's person, else the importer, holding 报账员 that day.
        func payer(_ row: ExpenseImport.Row, on day: LocalDate) throws -> Person {
            if let name = row.bookkeeperName {
                return try person(name, holding: .bookkeeper, on: day, column: ExpenseImport.bookkeeperColumn)
            }
            let then = history.person(importer, on: day)
            guard then.has(.bookkeeper) else { throw StorageError(.notPermitted, FundsText.noBookkeeper) }
            return then
        }
    }

    /// One row: the request, then its review, approvals and payment, each checked as on screen.
    private static func importExpense(_ row: ExpenseImport.Row, _ c: ImportContext, events: inout [AuditEvent],
                                      in db: Database) throws -> ExpenseRecord {
        let requester = try c.person(row.requesterName)
        let request = try validated(row.request, rules: c.rules)
        let id = try FundTables.insertExpense(request, requester: requester.id, at: c.at, in: db)
        events.append(.requested(request, id: id, source: "import"))
        if let reference = row.reviewReference {
            try requireReviewable(try record(id, rules: c.rules, in: db).1, rules: c.rules)
            let review = StreetReview(reviewer: c.streetOffice, reference: reference, date: request.date,
                                      oneStep: !row.hasStreetApprovalColumn)
            try FundTables.insertReview(review, expense: id, by: c.actor, at: c.at, in: db)
            events.append(.expense("expense.review", id, ["reviewer": review.reviewer, "reference": reference, "date": request.date.iso]))
        }
        if let reference = row.streetApprovalReference {
            try requireStreetApprovable(try record(id, rules: c.rules, in: db).1, on: request.date, rules: c.rules)
            let approval = StreetApproval(approver: c.streetOffice, reference: reference, date: request.date)
            try FundTables.insertStreetApproval(approval, expense: id, by: c.actor, at: c.at, in: db)
            events.append(.expense("expense.street-approval", id,
                                   ["approver": approval.approver, "reference": reference, "date": request.date.iso]))
        }
        for case let (name?, role, column) in [(row.secretaryName, Role.secretary, ExpenseImport.header[8]),
                                               (row.directorName, Role.director, ExpenseImport.header[9])] {
            let approver = try c.person(name, holding: role, on: request.date, column: column)
            try requireDecidable(try record(id, rules: c.rules, in: db).1, by: approver, as: role, rules: c.rules)
            let decision = ExpenseDecision(person: approver, role: role, approved: true, reason: "", date: request.date)
            try FundTables.insertDecision(decision, expense: id, at: c.at, in: db)
            events.append(.expense("expense.approve", id, ["role": role.rawValue, "person": approver.name, "date": request.date.iso]))
        }
        if let reference = row.caseReference {
            let current = try record(id, rules: c.rules, in: db).1
            if current.expense.inPlan { throw StorageError(.invalidInput, FundsText.caseNotNeeded) }
            try FundPlanTables.insertDecision(CaseDecision(reference: reference, date: request.date), expense: id, by: c.actor,
                                              at: c.at, in: db)
            events.append(.expense("expense.case", id, ["reference": reference, "date": request.date.iso]))
        }
        if let paidOn = row.paidOn {
            let details = row.voucher.map { PaymentDetails(date: paidOn, voucher: $0, method: row.request.payment) }
                ?? .importedWithoutVoucher(date: paidOn, method: row.request.payment)
            let (_, event) = try insertPayment(of: id, details, by: try c.payer(row, on: paidOn), at: c.at, rules: c.rules, in: db)
            events.append(event)
        }
        return try record(id, rules: c.rules, in: db).1
    }
}
