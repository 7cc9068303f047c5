import Domain
import Foundation
import GRDB

/// `import points`: the lines a person enters, from a CSV with the header
/// `姓名,月份,分项,数量,得分,计分依据`, each read by Domain's `PointsEntryInput` and checked by the
/// rules in force for its month, exactly as the secretary's form is; all rows or none.
public enum PointsImport {
    public static let header = ["姓名", "月份", "分项", "数量", "得分", "计分依据"]

    /// One data row as typed, with its line in the file.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var name: String
        public var month: Month
        public var item: String
        public var quantity: String
        public var points: String
        public var evidence: String
    }

    /// The rows of `text`, or every problem found (nothing is imported when there is one).
    public static func parse(_ text: String) -> Result<[Row], StaffImportFailure> {
        CSVRows.parse(text, header: header) { f, line in
            guard let month = Month(text: f[1]) else { return .failure(.init(line: line, message: PointsText.badMonth(f[1]))) }
            return .success(Row(line: line, name: f[0], month: month, item: f[2], quantity: f[3], points: f[4], evidence: f[5]))
        }
    }
}

extension AppDatabase {
    /// Saves every row as a line of its worker's card, as `actor` (a secretary), in one
    /// transaction; any row refused — unknown name, a line the rules refuse, a signed card —
    /// and nothing is saved. Returns how many lines were (or, with `dryRun`, would be) saved.
    @discardableResult
    public func importPoints(_ rows: [PointsImport.Row], rules: (Month) throws -> RuleSet, by actor: Int64, at: Date,
                             dryRun: Bool = false) throws -> Int {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try PersonTable.require(.enterPoints, by: actor, in: db)
            let holders = Dictionary(try Self.cardHolders(in: db).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            var events: [AuditEvent] = []
            var problems: [StaffImport.Problem] = []
            for row in rows {
                let result = CSVRows.checked(line: row.line) { () throws -> AuditEvent in
                    guard let worker = holders[row.name] else { throw StorageError(.notFound, PointsText.unknownWorker(row.name)) }
                    let monthRules = try rules(row.month)
                    let line = try PointsEntryInput.parse(item: row.item, quantity: row.quantity, points: row.points,
                                                          evidence: row.evidence, rules: monthRules).mapError(StorageError.invalid).get()
                    return try Self.insertLine(line, worker: worker.id, month: row.month, by: actor, at: at, rules: monthRules, in: db).1
                }
                switch result {
                case .success(let event): events.append(event)
                case .failure(let problem): problems.append(problem)
                }
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            let summary = AuditEvent(action: "points.import", entity: "points_entry", entityID: nil,
                                     detail: ["rows": String(rows.count), "dryRun": String(dryRun)])
            return (rows.count, events + [summary])
        }
    }
}
