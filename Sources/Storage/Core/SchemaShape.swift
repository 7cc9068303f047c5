import Foundation
import GRDB

/// The shape of a database as `sqlite_master` holds it: every table, index, trigger and view
/// with its `CREATE` statement, whitespace normalised. `restore` compares a backup's shape,
/// after migrating it forward, with what this version's migrator makes of an empty database,
/// so that a backup whose append-only triggers were dropped, or that carries extra tables,
/// views or triggers, is refused before it replaces anything.
struct SchemaShape: Equatable, Sendable {
    /// One schema object: its kind (`table`, `index`, `trigger`, `view`) and name.
    struct Key: Hashable, Comparable, Sendable {
        var type: String
        var name: String

        static func < (a: Key, b: Key) -> Bool { (a.type, a.name) < (b.type, b.name) }
    }

    /// Each object's normalised SQL ("" for the ones SQLite makes itself without SQL).
    var objects: [Key: String]

    /// The shape of the database `db` is connected to; SQLite's own `sqlite_…` objects are left out
    /// (statistics from ANALYZE, automatic indexes), as they are not part of what the program creates.
    static func read(_ db: Database) throws -> SchemaShape {
        let rows = try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
        var objects: [Key: String] = [:]
        for row in rows {
            objects[Key(type: row["type"], name: row["name"])] = normalised(row["sql"] as String? ?? "")
        }
        return SchemaShape(objects: objects)
    }

    /// What this version's migrator creates on an empty database (made once, in memory).
    static func expected() throws -> SchemaShape {
        try expectedShape.get()
    }

    private static let expectedShape: Result<SchemaShape, any Error> = Result {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return try queue.read(read)
    }

    /// `sql` with every run of whitespace made one space, trimmed.
    static func normalised(_ sql: String) -> String {
        sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every difference from `expected`, one Chinese line each: an object missing, one too many,
    /// one whose definition differs. Empty when the shapes are the same.
    func differences(from expected: SchemaShape) -> [String] {
        var lines: [String] = []
        for key in expected.objects.keys.sorted() {
            guard let mine = objects[key] else {
                lines.append(SafetyText.schemaMissing(kind: Self.kind(key.type), name: key.name))
                continue
            }
            if mine != expected.objects[key] { lines.append(SafetyText.schemaChanged(kind: Self.kind(key.type), name: key.name)) }
        }
        for key in objects.keys.sorted() where expected.objects[key] == nil {
            lines.append(SafetyText.schemaExtra(kind: Self.kind(key.type), name: key.name))
        }
        return lines
    }

    /// The Chinese word for a kind of schema object.
    static func kind(_ type: String) -> String {
        switch type {
        case "table": return "表"
        case "index": return "索引"
        case "trigger": return "触发器"
        case "view": return "视图"
        default: return type
        }
    }
}
