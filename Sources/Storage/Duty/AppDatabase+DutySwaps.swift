import Domain
import Foundation
import GRDB

/// Swaps on the duty roster: the worker asks, the colleague accepts or declines, an approver
/// (书记 or 主任) approves or refuses. Only an approved swap moves the place on the shift, and
/// the assignment then remembers whom it came from; a decided swap is never changed.
extension AppDatabase {
    /// `from` asks `to` to take their place on shift `shiftID`.
    @discardableResult
    public func askSwap(shift shiftID: Int64, from: Int64, to: Int64, rules: RuleSet, at: Date) throws -> ShiftSwap {
        try audited(by: from, at: at) { db in
            guard let shift = try DutyTable.shift(shiftID, in: db) else { throw StorageError(.notFound, DutyText.shiftNotFound(shiftID)) }
            let colleague = try PersonTable.require(to, in: db)
            if let refusal = SwapRules.ask(shift, from: from, to: colleague, now: at, rules: rules) {
                throw StorageError(.notPermitted, refusal.message)
            }
            let open = try Bool.fetchOne(db, sql: "SELECT 1 FROM duty_swap WHERE assignment_id = ? AND stage IN ('asked', 'accepted')",
                                         arguments: [shift.assignment(of: from)!.id]) ?? false
            if open { throw StorageError(.invalidInput, DutyText.swapAlreadyOpen) }
            try db.execute(sql: "INSERT INTO duty_swap (assignment_id, shift_id, from_id, to_id, stage, asked_at) VALUES (?, ?, ?, ?, 'asked', ?)",
                           arguments: [shift.assignment(of: from)!.id, shiftID, from, to, at])
            let id = db.lastInsertedRowID
            return (try DutySwapTable.require(id, in: db), [Self.swapEvent("duty.swap.ask", id, shift, ["to": String(to)])])
        }
    }

    /// The colleague asked accepts (or declines) the swap.
    @discardableResult
    public func answerSwap(_ id: Int64, accept: Bool, by person: Int64, rules: RuleSet, at: Date) throws -> ShiftSwap {
        try audited(by: person, at: at) { db in
            let swap = try DutySwapTable.require(id, in: db)
            if let refusal = SwapRules.answer(swap, by: try PersonTable.require(person, in: db), rules: rules) {
                throw StorageError(.notPermitted, refusal.message)
            }
            try DutySwapTable.setStage(id, accept ? .accepted : .declined, decidedBy: nil, in: db)
            let action = accept ? "duty.swap.accept" : "duty.swap.decline"
            return (try DutySwapTable.require(id, in: db), [Self.swapEvent(action, id, swap.shift)])
        }
    }

    /// An approver approves (moving the place on the shift) or refuses an accepted swap.
    @discardableResult
    public func decideSwap(_ id: Int64, approve: Bool, by actor: Int64, rules: RuleSet, at: Date) throws -> ShiftSwap {
        try audited(by: actor, at: at) { db in
            let swap = try DutySwapTable.require(id, in: db)
            if let refusal = SwapRules.decide(swap, by: try PersonTable.require(actor, in: db), now: at, rules: rules) {
                throw StorageError(.notPermitted, refusal.message)
            }
            if approve {
                try db.execute(sql: "UPDATE duty_assignment SET person_id = ?, swapped_from = ? WHERE shift_id = ? AND person_id = ?",
                               arguments: [swap.toID, swap.fromID, swap.shift.id, swap.fromID])
            }
            try DutySwapTable.setStage(id, approve ? .approved : .rejected, decidedBy: actor, in: db)
            let action = approve ? "duty.swap.approve" : "duty.swap.reject"
            return (try DutySwapTable.require(id, in: db), [Self.swapEvent(action, id, swap.shift)])
        }
    }

    static func swapEvent(_ action: String, _ id: Int64, _ shift: Shift, _ more: [String: String] = [:]) -> AuditEvent {
        AuditEvent(action: action, entity: "duty_swap", entityID: id, detail: ["shift": shift.title].merging(more) { a, _ in a })
    }
}
