import Domain
import Foundation
import GRDB

/// Correcting a visit record: never an update, always a new row that names the one it replaces
/// (积分卡规则说明 4, 一经填写不得涂改), so the original stays as it was typed.
extension AppDatabase {
    // MARK: - Reading

    /// Every version of the record that `id` belongs to, oldest first (one element when never corrected).
    public func visitVersions(of id: Int64) throws -> [VisitRecord] {
        try pool.read { db in try VisitTable.versions(of: id, in: db) }
    }

    // MARK: - Correcting

    /// Records `draft` as the correction of visit `id`, for `reason`, by `actor`: the visitor
    /// themself or a secretary. The new row keeps the original's 走访人; only the latest version
    /// may be corrected, and a correction must change something. An unknown room is refused
    /// unless `addHousehold`, as for a new visit.
    public func correctVisit(_ id: Int64, with draft: VisitDraft, reason: String, by actor: Int64, at: Date,
                             addHousehold: Bool = false) throws -> VisitRecord {
        let draft = try Self.validated(draft)
        let reason = try VisitCorrection.validateReason(reason).mapError(StorageError.invalid).get()
        return try audited(by: actor, at: at) { db in
            let person = try Self.requireActivePerson(actor, in: db)
            let original = try VisitTable.require(id, in: db)
            if let later = original.correctedBy {
                throw StorageError(.invalidInput, VisitsText.alreadyCorrected(id, by: later))
            }
            if person.id != original.workerID, let refusal = Permission.correctOthersVisits.refusal(for: person) {
                throw StorageError(.notPermitted, refusal)
            }
            let changes = VisitChanges.between(original, draft)
            if changes.isEmpty { throw StorageError(.invalidInput, VisitsText.correctionChangesNothing) }
            var events = [AuditEvent]()
            let worker = try PersonTable.require(original.workerID, in: db)
            let household = try Self.household(for: draft, zone: worker.zone, add: addHousehold, at: at, events: &events, in: db)
            let record = try VisitTable.insert(draft, worker: original.workerID, household: household.id, at: at,
                                               correcting: (id, reason, actor), in: db)
            return (record, events + [.visitCorrected(record, changes: changes)])
        }
    }
}

extension AuditEvent {
    /// A visit was corrected by a new record; the old value of every changed field is kept in the
    /// detail as well as in the unchanged original row.
    static func visitCorrected(_ v: VisitRecord, changes: [FieldChange]) -> AuditEvent {
        var detail = ["corrects": String(v.correction?.corrects ?? 0), "reason": v.correction?.reason ?? "",
                      "room": v.room, "worker": v.workerName, "day": v.date.iso]
        for change in changes { detail["from." + change.label] = change.old }
        return AuditEvent(action: "visit.correct", entity: "visit", entityID: v.id, detail: detail)
    }
}
