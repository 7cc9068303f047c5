import Domain
import Foundation
import GRDB

/// The SQL of swaps and published hours, used inside the transactions of `AppDatabase+Duty`.
enum DutySwapTable {
    // MARK: - Swaps

    /// The swaps of `shifts`, newest first.
    static func swaps(of shifts: [Shift], in db: Database) throws -> [ShiftSwap] {
        let byID = Dictionary(uniqueKeysWithValues: shifts.map { ($0.id, $0) })
        guard !byID.isEmpty else { return [] }
        let marks = byID.keys.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.*, f.name AS from_name, t.name AS to_name, d.name AS decider FROM duty_swap s
            JOIN person f ON f.id = s.from_id JOIN person t ON t.id = s.to_id LEFT JOIN person d ON d.id = s.decided_by
            WHERE s.shift_id IN (\(marks)) ORDER BY s.id DESC
            """, arguments: StatementArguments(Array(byID.keys)))
        return rows.compactMap { row in
            guard let shift = byID[row["shift_id"]], let stage = ShiftSwap.Stage(rawValue: row["stage"]) else { return nil }
            return ShiftSwap(id: row["id"], shift: shift, fromID: row["from_id"], fromName: row["from_name"],
                             toID: row["to_id"], toName: row["to_name"], stage: stage, deciderName: row["decider"])
        }
    }

    /// The swap `id` with its shift, or a `notFound` error.
    static func require(_ id: Int64, in db: Database) throws -> ShiftSwap {
        let shiftID = try Int64.fetchOne(db, sql: "SELECT shift_id FROM duty_swap WHERE id = ?", arguments: [id])
        guard let shiftID, let shift = try DutyTable.shift(shiftID, in: db),
              let swap = try swaps(of: [shift], in: db).first(where: { $0.id == id }) else {
            throw StorageError(.notFound, DutyText.swapNotFound(id))
        }
        return swap
    }

    static func setStage(_ id: Int64, _ stage: ShiftSwap.Stage, decidedBy: Int64?, in db: Database) throws {
        try db.execute(sql: "UPDATE duty_swap SET stage = ?, decided_by = coalesce(?, decided_by) WHERE id = ?",
                       arguments: [stage.rawValue, decidedBy, id])
    }

    // MARK: - Hours

    static func hours(in db: Database) throws -> ServiceHours {
        guard let json = try String.fetchOne(db, sql: "SELECT hours FROM duty_hours WHERE id = 1") else { return ServiceHours() }
        return (try? JSONDecoder().decode(ServiceHours.self, from: Data(json.utf8))) ?? ServiceHours()
    }

    static func setHours(_ hours: ServiceHours, at: Date, in db: Database) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(hours), as: UTF8.self)
        try db.execute(sql: "INSERT INTO duty_hours (id, hours, published_at) VALUES (1, ?, ?) "
                       + "ON CONFLICT(id) DO UPDATE SET hours = excluded.hours, published_at = excluded.published_at",
                       arguments: [json, at])
        return json
    }
}
