import Domain
import Foundation
import GRDB

/// The SQL of the `policy_item` table: rows to and from `PolicyItem`, and the search.
enum PolicyTable {
    static let columns = """
        id, title, aliases, line_of_business, eligibility, materials, procedure, legal_basis, department, location,
        last_checked, is_sample
        """

    // MARK: - Writing

    /// Inserts `item` (its pinyin keys computed here) and returns it with its new id.
    @discardableResult
    static func insert(_ item: PolicyItem, in db: Database) throws -> PolicyItem {
        try insert(values(item), in: db)
        var saved = item
        saved.id = db.lastInsertedRowID
        return saved
    }

    /// Inserts `item` into the table as `v5-policies` made it, with only the columns it had then (later
    /// steps fill in the rest, such as `v25-policy-aliases` the aliases and the pinyin of the text).
    static func insertAsV5(_ item: PolicyItem, in db: Database) throws {
        try insert(values(item).filter { v5Columns.contains($0.column) }, in: db)
    }

    /// Replaces the stored item `id` with `item`.
    static func update(_ item: PolicyItem, id: Int64, in db: Database) throws {
        let values = values(item)
        try db.execute(sql: "UPDATE policy_item SET " + values.map { "\($0.column) = ?" }.joined(separator: ", ")
                       + " WHERE id = ?", arguments: StatementArguments(values.map(\.value) + [id]))
    }

    /// The written columns of `v5-policies`, fixed: a column added later is not among them.
    static let v5Columns: Set<String> = ["title", "line_of_business", "eligibility", "materials", "procedure", "legal_basis",
                                         "department", "location", "last_checked", "is_sample", "pinyin_keys"]

    private static func insert(_ values: [(column: String, value: DatabaseValueConvertible)], in db: Database) throws {
        try db.execute(sql: "INSERT INTO policy_item (" + values.map(\.column).joined(separator: ", ") + ") VALUES ("
                       + values.map { _ in "?" }.joined(separator: ", ") + ")",
                       arguments: StatementArguments(values.map(\.value)))
    }

    /// Each written column and its value; lists one entry a line, pinyin keys separated by spaces.
    private static func values(_ item: PolicyItem) -> [(column: String, value: DatabaseValueConvertible)] {
        [("title", item.title), ("aliases", item.aliases.joined(separator: "\n")),
         ("line_of_business", item.lineOfBusiness), ("eligibility", item.eligibility),
         ("materials", item.materials.joined(separator: "\n")), ("procedure", item.procedure.joined(separator: "\n")),
         ("legal_basis", item.legalBasis), ("department", item.department), ("location", item.location),
         ("last_checked", item.lastChecked.iso), ("is_sample", item.isSample),
         ("pinyin_keys", item.pinyinKeys.joined(separator: " ")), ("pinyin_text", item.pinyinText.joined(separator: " "))]
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
            id: row["id"], title: row["title"], aliases: lines("aliases"), lineOfBusiness: row["line_of_business"],
            eligibility: row["eligibility"], materials: lines("materials"), procedure: lines("procedure"),
            legalBasis: row["legal_basis"], department: row["department"], location: row["location"],
            lastChecked: LocalDate(iso: row["last_checked"]) ?? LocalDate(dayNumber: 0),
            isSample: row["is_sample"])
    }
}
