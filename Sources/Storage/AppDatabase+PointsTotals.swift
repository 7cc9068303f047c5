import Domain
import Foundation
import GRDB

/// The year's totals (积分规则说明 2): this committee's from its signed cards, and other
/// committees' as the street office imported them from their exports (checksum checked first).
extension AppDatabase {
    /// This committee's totals for `year`: for each worker with a signed month, the sum of the
    /// signed months as amended, each month scored by `rules(month)`.
    public func pointsYearTotals(year: Int, rules: (Month) throws -> RuleSet) throws -> [PointsYearTotal] {
        guard let committee = try committee() else { return [] }
        let names = Dictionary(try people(includeInactive: true).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var sums: [Int64: (months: Int, total: Int)] = [:]
        for card in try signedPointsCards(year: year) {
            let total = CardTotal.of(card, rules: try rules(card.month)).total
            sums[card.workerID, default: (0, 0)].months += 1
            sums[card.workerID, default: (0, 0)].total += total
        }
        return sums.map { id, sum in
            PointsYearTotal(streetOffice: committee.streetOffice, committee: committee.name, name: names[id] ?? "#\(id)",
                            year: year, months: sum.months, total: sum.total)
        }.sorted { ($1.total, $0.name) < ($0.total, $1.name) }
    }

    /// Other committees' totals of `year`, as imported.
    public func importedPointsTotals(year: Int) throws -> [PointsYearTotal] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM points_imported_total WHERE year = ? ORDER BY committee, name", arguments: [year]).map {
                var total = PointsYearTotal(streetOffice: $0["street_office"], committee: $0["committee"], name: $0["name"],
                                            year: $0["year"], months: $0["months"], total: $0["total"])
                total.importedAt = $0["imported_at"]
                return total
            }
        }
    }

    /// Saves another committee's exported totals (already checked by `PointsTotalsFile.parse`);
    /// refuses this committee's own file and a committee and year imported before. All or none.
    @discardableResult
    public func importPointsTotals(_ totals: [PointsYearTotal], fileSHA256: String, by actor: Int64, at: Date) throws -> Int {
        try audited(by: actor, at: at) { db in
            let own = try String.fetchOne(db, sql: "SELECT name FROM committee WHERE id = 1")
            for total in totals {
                if total.committee == own { throw StorageError(.invalidInput, PointsMessages.totalsOwnCommittee) }
                let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM points_imported_total WHERE committee = ? AND year = ?)",
                                               arguments: [total.committee, total.year]) ?? false
                if exists { throw StorageError(.duplicateName, PointsMessages.totalsAlreadyImported(total.committee, total.year)) }
            }
            for total in totals {
                try db.execute(sql: """
                    INSERT INTO points_imported_total (street_office, committee, name, year, months, total, file_sha256, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [total.streetOffice, total.committee, total.name, total.year, total.months, total.total, fileSHA256, at])
            }
            let committees = Set(totals.map(\.committee)).sorted().joined(separator: "、")
            let event = AuditEvent(action: "points.totals.import", entity: "points_imported_total", entityID: nil,
                                   detail: ["committees": committees, "rows": String(totals.count), "sha256": fileSHA256])
            return (totals.count, [event])
        }
    }
}
