import Domain
import Foundation
import GRDB

/// Zones (分片包块, 附件二 四(二)): the secretary assigns each worker the zone they are responsible for.
extension AppDatabase {
    /// Sets the zone of person `id` (nil: none); only an active 书记 may.
    public func setZone(_ zone: String?, for id: Int64, by actor: Int64, at: Date) throws -> Person {
        let zone = try Self.validated(zone: zone)
        return try audited(by: actor, at: at) { db in
            try PersonTable.require(.assignZones, by: actor, in: db)
            let before = try PersonTable.require(id, in: db)
            try PersonTable.update(id, set: "zone = ?", [zone], in: db)
            let detail = ["from": before.zone ?? "", "to": zone ?? ""]
            return (try PersonTable.require(id, in: db), [.person("person.zone", id, detail)])
        }
    }

    /// The zones named by households or people, sorted.
    public func zones() throws -> [String] {
        try pool.read { db in try Self.zones(in: db) }
    }

    static func zones(in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT zone FROM household WHERE zone IS NOT NULL UNION SELECT zone FROM person WHERE zone IS NOT NULL ORDER BY 1
            """)
    }
}
