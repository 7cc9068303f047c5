import Domain
import Foundation
import GRDB

/// The off-hours duty roster: reading a month, adding shifts and templates, filling a month,
/// publishing the service hours, and signing in and out with the time passed in.
///
/// Only the rule set's approvers (书记, 主任) add shifts, templates and hours or fill a month;
/// that is checked here, not only on screen. Sign-ins are append-only rows.
extension AppDatabase {
    // MARK: - Reading

    /// The roster of `month`: its shifts with workers and sign-ins, the templates, swaps and hours.
    public func dutyRoster(_ month: Month) throws -> DutyRoster {
        try pool.read { db in
            let shifts = try DutyTable.shifts(from: month.firstDay, through: month.lastDay, in: db)
            return DutyRoster(month: month, shifts: shifts, templates: try DutyTable.templates(in: db),
                              swaps: try DutySwapTable.swaps(of: shifts, in: db), hours: try DutySwapTable.hours(in: db))
        }
    }

    /// What the month page shows of `month` for `worker` (see `RosterOverview`), with the
    /// templates and hours; the roster's shifts and swaps are left empty.
    public func dutyOverview(_ month: Month, worker: Int64) throws -> (DutyRoster, RosterOverview) {
        try pool.read { db in
            let hours = try DutySwapTable.hours(in: db)
            return (DutyRoster(month: month, templates: try DutyTable.templates(in: db), hours: hours),
                    try DutyOverviewTable.overview(month, worker: worker, hours: hours, in: db))
        }
    }

    // MARK: - The approvers' changes

    /// Adds one shift; its kind comes from the calendar when `kind` is nil.
    @discardableResult
    public func addShift(_ draft: ShiftDraft, rules: RuleSet, by actor: Int64, at: Date) throws -> Shift {
        try audited(by: actor, at: at) { db in
            try Self.requireApprover(actor, rules, in: db)
            let id = try DutyTable.insert(draft, at: at, in: db)
            return (try DutyTable.shift(id, in: db)!, [Self.shiftEvent("duty.shift.add", id, draft)])
        }
    }

    /// Adds a recurring template.
    @discardableResult
    public func addTemplate(_ template: ShiftTemplate, rules: RuleSet, by actor: Int64, at: Date) throws -> ShiftTemplate {
        try audited(by: actor, at: at) { db in
            try Self.requireApprover(actor, rules, in: db)
            let id = try DutyTable.insert(template, at: at, in: db)
            var saved = template
            saved.id = id
            let detail = ["template": template.title, "workers": template.workers.map(String.init).joined(separator: ",")]
            return (saved, [AuditEvent(action: "duty.template.add", entity: "duty_template", entityID: id, detail: detail)])
        }
    }

    /// Fills `month` from the templates: adds each draft whose day and times are free, and
    /// returns how many were added with the days the calendar made the templates skip.
    public func fillDutyMonth(_ month: Month, calendar: WorkingDayCalendar, rules: RuleSet, by actor: Int64,
                              at: Date) throws -> (added: Int, skipped: [Verdict]) {
        try audited(by: actor, at: at) { db in
            try Self.requireApprover(actor, rules, in: db)
            let (drafts, skipped) = RosterFill.fill(month, templates: try DutyTable.templates(in: db), calendar: calendar, rules: rules)
            var added = 0
            for draft in drafts where try !DutyTable.exists(draft, in: db) {
                _ = try DutyTable.insert(draft, at: at, in: db)
                added += 1
            }
            let detail = ["month": month.description, "added": String(added), "skipped": String(skipped.count)]
            return ((added, skipped), [AuditEvent(action: "duty.month.fill", entity: "duty_shift", entityID: nil, detail: detail)])
        }
    }

    /// Publishes the committee's service hours (replacing the previous notice).
    public func publishServiceHours(_ hours: ServiceHours, rules: RuleSet, by actor: Int64, at: Date) throws {
        try audited(by: actor, at: at) { db in
            try Self.requireApprover(actor, rules, in: db)
            let json = try DutySwapTable.setHours(hours, at: at, in: db)
            return ((), [AuditEvent(action: "duty.hours.publish", entity: "duty_hours", entityID: 1, detail: ["hours": json])])
        }
    }

    // MARK: - Signing in and out

    /// Signs `person` in to or out of their current shift at `now` (the clock, never typed);
    /// a refusal carries the rule's sentence. A sign-out that would be 早退 throws
    /// `EarlySignOutQuestion` unless `earlyConfirmed`; the early one's audit row says 早退.
    /// Returns what was done and the shift as it now stands.
    public func signDuty(person: Int64, now: Date, rules: RuleSet, earlyConfirmed: Bool = false) throws -> (SignKind, Shift) {
        try audited(by: person, at: now) { db in
            let today = ShanghaiCalendar.day(of: now)
            let shifts = try DutyTable.shifts(from: today.adding(days: -1), through: today, in: db)
            guard let shift = Attendance.currentShift(of: person, in: shifts, now: now, rules: rules),
                  let mine = shift.assignment(of: person) else {
                throw StorageError(.notFound, DutyText.noCurrentShift(shifts.filter { $0.assignment(of: person) != nil && $0.date == today }))
            }
            switch Attendance.signAction(mine, on: shift, now: now, rules: rules, earlyConfirmed: earlyConfirmed) {
            case .refused(let verdict): throw StorageError(.notPermitted, verdict.message)
            case .confirmEarly(let question): throw EarlySignOutQuestion(question.message)
            case .sign(let kind):
                try db.execute(sql: "INSERT INTO duty_sign (assignment_id, kind, at) VALUES (?, ?, ?)",
                               arguments: [mine.id, kind.rawValue, now])
                let signed = try DutyTable.shift(shift.id, in: db)!
                return ((kind, signed), [Self.signEvent(kind, signed, person, now, rules)])
            }
        }
    }

    // MARK: - Helpers

    /// The audit row of a sign: the shift, the time and, once signed out, the status it ended in (早退 among them).
    static func signEvent(_ kind: SignKind, _ shift: Shift, _ person: Int64, _ now: Date, _ rules: RuleSet) -> AuditEvent {
        let assignment = shift.assignment(of: person)!
        var detail = ["shift": shift.title, "at": ClockTime.of(now).text]
        if kind == .signOut { detail["status"] = Attendance.status(assignment, on: shift, now: now, rules: rules).title }
        return AuditEvent(action: "duty.sign.\(kind.rawValue)", entity: "duty_assignment", entityID: assignment.id, detail: detail)
    }

    /// Throws unless `actor` is active and holds one of the rule set's approver roles.
    static func requireApprover(_ actor: Int64, _ rules: RuleSet, in db: Database) throws {
        let person = try PersonTable.require(actor, in: db)
        if let refusal = SwapRules.fill(by: person, rules: rules) { throw StorageError(.notPermitted, refusal.message) }
        guard person.isActive else { throw StorageError(.notPermitted, PeopleText.personInactive) }
    }

    static func shiftEvent(_ action: String, _ id: Int64, _ draft: ShiftDraft) -> AuditEvent {
        AuditEvent(action: action, entity: "duty_shift", entityID: id, detail: [
            "date": draft.date.iso, "span": draft.span.description, "kind": draft.kind.rawValue,
            "workers": draft.workers.map(String.init).joined(separator: ","),
        ])
    }
}
