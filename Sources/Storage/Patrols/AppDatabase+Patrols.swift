import Domain
import Foundation
import GRDB

/// Patrols of 网格巡查 (实施意见 二(四)): recorded by anyone of the committee who walked or keeps
/// them, a finding closed later as a row of its own; every write an audit row.
extension AppDatabase {
    /// Keeps `patrol` after `PatrolRules`, its findings handled on the spot closed with it.
    @discardableResult
    public func recordPatrol(_ patrol: Patrol, rules: RuleSet, by actor: Int64, at now: Date) throws -> Patrol {
        try audited(by: actor, at: now) { db in
            let saved = try Self.insertPatrol(patrol, rules: rules, by: actor, at: now, in: db)
            return (saved, [Self.patrolEvent(saved)])
        }
    }

    /// Closes finding `id` with what was done; a finding is closed once.
    public func closeFinding(_ id: Int64, _ closure: FindingClosure, by actor: Int64, at now: Date) throws {
        try audited(by: actor, at: now) { db in
            try Self.requireActive(actor, in: db)
            guard let (found, closed) = try PatrolTable.finding(id, in: db) else { throw StorageError(.notFound, PatrolText.noSuchFinding(id)) }
            guard !closed else { throw StorageError(.notPermitted, PatrolText.alreadyClosed(id)) }
            if let problem = PatrolRules.closureProblem(closure, opened: found, today: ShanghaiCalendar.day(of: now)) {
                throw StorageError(.invalidInput, problem)
            }
            try PatrolTable.close(id, closure, by: actor, at: now, in: db)
            return ((), [AuditEvent(action: "patrol.finding.close", entity: "patrol_finding", entityID: id,
                                    detail: ["date": closure.date.iso, "outcome": closure.outcome])])
        }
    }

    /// The patrols of `month`, in date order.
    public func patrols(month: Month) throws -> [Patrol] {
        try pool.read { db in try PatrolTable.patrols(from: month.firstDay, through: month.lastDay, in: db) }
    }

    /// Every patrol with a finding still open (the overdue list is read from them).
    public func patrolsWithOpenFindings() throws -> [Patrol] {
        try pool.read { db in try PatrolTable.withOpenFindings(in: db) }
    }

    // MARK: - Inside a transaction

    static func insertPatrol(_ patrol: Patrol, rules: RuleSet, by actor: Int64, at now: Date, in db: Database) throws -> Patrol {
        try requireActive(actor, in: db)
        let today = ShanghaiCalendar.day(of: now)
        let patrol = PatrolRules.closingOnTheSpot(patrol)
        if let problem = RecordDates.problem(patrol.date, label: "巡查日期", today: today, firstYear: try committeeFirstYear(in: db)) {
            throw StorageError.invalid(problem)
        }
        if let problem = PatrolRules.problems(patrol, today: today, rules: rules).first { throw StorageError(.invalidInput, problem.message) }
        let zones = try Self.zones(in: db)
        guard zones.contains(patrol.zone) else { throw StorageError(.invalidInput, PatrolText.unknownZone(patrol.zone, zones)) }
        for case .meeting(let id?) in patrol.findings.map(\.handling) where try MeetingTable.meeting(id, in: db) == nil {
            throw StorageError(.notFound, PatrolText.noSuchMeeting(id))
        }
        let people = try PersonTable.fetchAll(includeInactive: true, in: db)
        let ids = try patrol.patrollers.map { name in
            guard let person = people.first(where: { $0.name == name }) else { throw StorageError(.invalidInput, MeetingText.notOfCommittee(name)) }
            return person.id
        }
        guard Set(ids).count == ids.count else { throw StorageError(.invalidInput, PatrolText.repeatedPatroller) }
        return try PatrolTable.insert(patrol, members: ids, by: actor, at: now, in: db)
    }

    private static func requireActive(_ actor: Int64, in db: Database) throws {
        guard try PersonTable.require(actor, in: db).isActive else { throw StorageError(.notPermitted, PatrolText.inactive) }
    }

    static func patrolEvent(_ patrol: Patrol, action: String = "patrol.record") -> AuditEvent {
        AuditEvent(action: action, entity: "patrol", entityID: patrol.id,
                   detail: ["date": patrol.date.iso, "zone": patrol.zone, "findings": "\(patrol.findings.count)"])
    }
}
