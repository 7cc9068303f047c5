import Domain
import Foundation
import GRDB

/// Reads a visit list (CSV with the paper form's columns
/// `走访时间,走访人,走访居民姓名,楼室号,家庭成员情况,走访事由,困难或诉求,备注,走访类型`) into drafts,
/// or says what is wrong, line by line; the worker and room are checked against the database on import.
public enum VisitImport {
    /// One visit read from the file, with its line and the name of the worker who made it.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var workerName: String
        public var draft: VisitDraft
    }

    /// The header row a visit file must start with (the export writes it too).
    public static let header = VisitStorageMessages.visitsHeader

    /// The rows of `text`, or every problem; a time later than `now` is refused.
    public static func parse(_ text: String, now: Date) -> Result<[Row], StaffImportFailure> {
        CSVRows.parse(text, header: VisitStorageMessages.visitsHeader) { f, line in
            switch (VisitTime.parse(f[0], now: now), VisitKind.parse(f[8])) {
            case (.failure(let error), _), (_, .failure(let error)):
                return .failure(.init(line: line, message: error.message))
            case (.success(let at), .success(let kind)):
                let draft = VisitDraft(at: at, residentName: f[2], room: f[3], members: f[4], reason: f[5],
                                       difficulty: f[6], remark: f[7], kind: kind)
                return CSVRows.checked(line: line) { Row(line: line, workerName: f[1], draft: try AppDatabase.validated(draft)) }
            }
        }
    }
}

extension AppDatabase {
    /// Records every row of a visit list, or nothing. Each row's worker must be an active person;
    /// a room not in the registry is a problem on its line unless `addHouseholds`.
    public func importVisits(_ rows: [VisitImport.Row], by actor: Int64, at: Date, dryRun: Bool,
                             addHouseholds: Bool) throws -> [VisitRecord] {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try Self.requireCommittee(in: db)
            let people = try PersonTable.activeByName(in: db)
            let rooms = try HouseholdTable.rooms(in: db)
            let problems = rows.compactMap { row -> StaffImport.Problem? in
                if people[row.workerName] == nil { return .init(line: row.line, message: VisitStorageMessages.importUnknownWorker(row.workerName)) }
                if !addHouseholds && !rooms.contains(row.draft.room) {
                    return .init(line: row.line, message: VisitStorageMessages.importUnknownRoom)
                }
                return nil
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            var events = [AuditEvent(action: "visit.import", entity: "visit", entityID: nil, detail: ["count": String(rows.count)])]
            let records = try rows.map { row in
                let worker = people[row.workerName]!
                let household = try Self.household(for: row.draft, zone: worker.zone, add: true, at: at, events: &events, in: db)
                let record = try VisitTable.insert(row.draft, worker: worker.id, household: household.id, at: at, in: db)
                events.append(.visitAdded(record, source: "import"))
                return record
            }
            return (records, events)
        }
    }
}
