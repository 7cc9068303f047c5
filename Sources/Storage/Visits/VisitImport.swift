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
    public static let header = VisitsText.visitsHeader

    /// The rows of `text`, or every problem; a time later than `now` is refused.
    public static func parse(_ text: String, now: Date) -> Result<[Row], StaffImportFailure> {
        CSVRows.parse(text, header: VisitsText.visitsHeader) { f, line in
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
    ///
    /// One transaction, one audit row a household added and a visit recorded, as a visit entered
    /// by hand has. The batch path: the registry's rooms and the active people are read once, each
    /// row is one INSERT and its audit row is chained as it goes (`auditedStreaming`); the record
    /// returned is made from what was inserted rather than read back (ImportBatchTests checks
    /// that it equals the stored row).
    public func importVisits(_ rows: [VisitImport.Row], by actor: Int64, at: Date, dryRun: Bool,
                             addHouseholds: Bool) throws -> [VisitRecord] {
        try auditedStreaming(by: actor, at: at, dryRun: dryRun) { db, log in
            try Self.requireCommittee(in: db)
            let people = try PersonTable.activeByName(in: db)
            var households = try HouseholdTable.idsByRoom(in: db)
            let problems = rows.compactMap { row -> StaffImport.Problem? in
                if people[row.workerName] == nil { return .init(line: row.line, message: VisitsText.importUnknownWorker(row.workerName)) }
                if !addHouseholds && households[row.draft.room] == nil {
                    return .init(line: row.line, message: VisitsText.importUnknownRoom)
                }
                return nil
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            try log.append(AuditEvent(action: "visit.import", entity: "visit", entityID: nil, detail: ["count": String(rows.count)]))
            let createdAt = at.databaseValue
            var records = [VisitRecord]()
            records.reserveCapacity(rows.count)
            for row in rows {
                let worker = people[row.workerName]!
                let household: Int64
                if let known = households[row.draft.room] {
                    household = known
                } else {
                    let added = try HouseholdTable.insert(Self.newHousehold(for: row.draft, zone: worker.zone), at: at, in: db)
                    try log.append(.householdAdded(added, source: "visit"))
                    households[added.room] = added.id
                    household = added.id
                }
                let id = try VisitTable.insertRow(row.draft, worker: worker.id, household: household, createdAt: createdAt, in: db)
                let record = VisitRecord(id: id, at: row.draft.at, workerID: worker.id, workerName: worker.name,
                                         householdID: household, room: row.draft.room, residentName: row.draft.residentName,
                                         members: row.draft.members, reason: row.draft.reason, difficulty: row.draft.difficulty,
                                         remark: row.draft.remark, kind: row.draft.kind, correction: nil, correctedBy: nil)
                try log.append(.visitAdded(record, source: "import"))
                records.append(record)
            }
            return records
        }
    }
}
