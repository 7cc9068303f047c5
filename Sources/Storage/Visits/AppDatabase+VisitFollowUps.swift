import Domain
import Foundation
import GRDB

/// The two links between the visit log and the reception desk (issue 5): a visit's difficulty
/// turned into a reception record waiting for a reply, and a household's reception records.
extension AppDatabase {
    /// Records visit `visitID`'s 困难或诉求 as a 待回复 reception record taken on by `worker` at
    /// `at` (`VisitFollowUp.draft`); a visit is handed over once, and one without a difficulty not at all.
    public func addReceptionFollowUp(fromVisit visitID: Int64, by worker: Int64, at: Date,
                                     calendar: WorkingDayCalendar, rules: RuleSet) throws -> ReceptionRecord {
        let visit = try visit(id: visitID)
        let draft = try VisitFollowUp.draft(from: visit, at: at, calendar: calendar, rules: rules)
            .mapError(StorageError.invalid).get()
        return try audited(by: worker, at: at) { db in
            try Self.requireActivePerson(worker, in: db)
            let marker = VisitFollowUp.marker(visitID: visitID)
            let earlier = try ReceptionTable.fetch(where: "instr(r.action_taken, ?) > 0", [marker], in: db)
            if let found = earlier.first(where: { $0.original.actionTaken.contains(marker) }) {
                throw StorageError(.invalidInput, VisitFollowUp.alreadyFollowedUp(visitID: visitID, receptionID: found.id))
            }
            let id = try ReceptionTable.insert(draft, worker: worker, at: at, in: db)
            let record = try Self.requireReception(id, in: db)
            return (record, [.reception("reception.add", record,
                                        ["resident": draft.residentName, "source": "visit", "visit": String(visitID)])])
        }
    }

    /// The reception records whose room (as now in force, after any correction) is exactly `room`, newest first.
    public func receptions(room: String) throws -> [ReceptionRecord] {
        let room = room.trimmingCharacters(in: .whitespaces)
        guard !room.isEmpty else { return [] }
        return try receptions(ReceptionQuery(room: room, limit: -1)).filter { $0.content.room == room }
    }
}
