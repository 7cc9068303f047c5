import Domain
import Foundation
import GRDB

/// The SQL of the `policy_item` table: rows to and from `PolicyItem`, and the search.
enum PolicyTable {
    static let columns = """
        id, title, line_of_business, eligibility, materials, procedure, legal_basis, department, location,
        last_checked, is_sample
        """

    // MARK: - Writing

    /// Inserts `item` (its pinyin keys computed here) and returns it with its new id.
    @discardableResult
    static func insert(_ item: PolicyItem, in db: Database) throws -> PolicyItem {
        try db.execute(sql: """
            INSERT INTO policy_item (title, line_of_business, eligibility, materials, procedure, legal_basis,
                department, location, last_checked, is_sample, pinyin_keys)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: arguments(item))
        var saved = item
        saved.id = db.lastInsertedRowID
        return saved
    }

    /// Replaces the stored item `id` with `item`.
    static func update(_ item: PolicyItem, id: Int64, in db: Database) throws {
        try db.execute(sql: """
            UPDATE policy_item SET title = ?, line_of_business = ?, eligibility = ?, materials = ?, procedure = ?,
                legal_basis = ?, department = ?, location = ?, last_checked = ?, is_sample = ?, pinyin_keys = ?
            WHERE id = ?
            """, arguments: arguments(item) + [id])
    }

    private static func arguments(_ item: PolicyItem) -> StatementArguments {
        [item.title, item.lineOfBusiness, item.eligibility, item.materials.joined(separator: "\n"),
         item.procedure.joined(separator: "\n"), item.legalBasis, item.department, item.location,
         item.lastChecked.iso, item.isSample, item.pinyinKeys.joined(separator: " ")]
    }

    // MARK: - Reading

    /// Every item (or the first `limit`), by line of business then title.
    static func all(limit: Int = -1, in db: Database) throws -> [PolicyItem] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM policy_item ORDER BY line_of_business, title LIMIT ?",
                         arguments: [limit]).map(item)
    }

    /// The ids of the stored items by title.
    static func idsByTitle(in db: Database) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, title FROM policy_item") { ids[row["title"]] = row["id"] }
        return ids
    }

    static func item(_ row: Row) -> PolicyItem {
        func lines(_ column: String) -> [String] {
            (row[column] as String).split(separator: "\n").map(String.init)
        }
        return PolicyItem(
            id: row["id"], title: row["title"], lineOfBusiness: row["line_of_business"],
            eligibility: row["eligibility"], materials: lines("materials"), procedure: lines("procedure"),
            legalBasis: row["legal_basis"], department: row["department"], location: row["location"],
            lastChecked: LocalDate(iso: row["last_checked"]) ?? LocalDate(dayNumber: 0),
            isSample: row["is_sample"])
    }
}
