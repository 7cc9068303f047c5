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

    /// Saves another committee's signed totals (signature already checked by `PointsTotalsFile.parse`).
    ///
    /// The key that signed the file must be the one trusted for its committee; a committee seen
    /// for the first time is trusted only when `trust` is the fingerprint read over the phone and
    /// it matches the file's key. Totals no signed card could produce (`PointsTotalsBounds`, the
    /// year after `at`'s) are refused with their lines, as is this committee's own file and a
    /// committee and year imported before. All or none.
    @discardableResult
    public func importPointsTotals(_ file: SignedPointsTotals, trust: String? = nil, by actor: Int64, at: Date) throws -> Int {
        let totals = file.totals
        let bad = PointsTotalsBounds.problems(totals, thisYear: ShanghaiCalendar.day(of: at).year)
        guard bad.isEmpty else { throw StaffImportFailure(bad) }
        guard let committee = totals.first?.committee, totals.allSatisfy({ $0.committee == committee }) else {
            throw StorageError(.invalidInput, PointsText.totalsOneCommittee)
        }
        return try audited(by: actor, at: at) { db in
            let own = try String.fetchOne(db, sql: "SELECT name FROM committee WHERE id = 1")
            if committee == own { throw StorageError(.invalidInput, PointsText.totalsOwnCommittee) }
            var events = try Self.trustedKeyEvents(file, committee: committee, trust: trust, by: actor, at: at, in: db)
            for year in Set(totals.map(\.year)) {
                let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM points_imported_total WHERE committee = ? AND year = ?)",
                                               arguments: [committee, year]) ?? false
                if exists { throw StorageError(.duplicateName, PointsText.totalsAlreadyImported(committee, year)) }
            }
            for total in totals {
                try db.execute(sql: """
                    INSERT INTO points_imported_total (street_office, committee, name, year, months, total, file_sha256, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [total.streetOffice, total.committee, total.name, total.year, total.months, total.total, file.digest, at])
            }
            events.append(AuditEvent(action: "points.totals.import", entity: "points_imported_total", entityID: nil,
                                     detail: ["committees": committee, "rows": String(totals.count), "sha256": file.digest,
                                              "fingerprint": file.fingerprint]))
            return (totals.count, events)
        }
    }

    /// Refuses a file signed by a key other than the one trusted for `committee`; trusts the
    /// file's key (returning the event) when none is and `trust` is its fingerprint.
    private static func trustedKeyEvents(_ file: SignedPointsTotals, committee: String, trust: String?,
                                         by actor: Int64, at: Date, in db: Database) throws -> [AuditEvent] {
        if let trusted = try CommitteeKey.trusted(committee: committee, in: db) {
            guard trusted == file.publicKey else {
                throw StorageError(.invalidInput, PointsText.totalsWrongKey(committee, file.fingerprint, CommitteeKey.fingerprint(trusted)))
            }
            return []
        }
        guard let trust else { throw StorageError(.invalidInput, PointsText.totalsUnknownKey(committee)) }
        guard CommitteeKey.normalised(trust) == CommitteeKey.normalised(file.fingerprint) else {
            throw StorageError(.invalidInput, PointsText.totalsFingerprintMismatch(trust))
        }
        return [try CommitteeKey.trust(file.publicKey, committee: committee, by: actor, at: at, in: db)]
    }
}
