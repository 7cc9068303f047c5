import Domain
import Foundation
import GRDB

/// The policy library (政策资源库): search, the whole list, and importing a district's own items.
extension AppDatabase {
    /// The most items a search returns.
    public static let policySearchLimit = 100

    /// Items matching `query` (Chinese of any length, or pinyin), best first; all items when blank.
    public func searchPolicies(_ query: String, limit: Int = policySearchLimit) throws -> [PolicyItem] {
        try pool.read { db in try PolicySearch.run(query, limit: limit, in: db) }
    }

    /// Every item of the library, by line of business then title.
    public func policies() throws -> [PolicyItem] {
        try pool.read { db in try PolicyTable.all(in: db) }
    }

    /// What an import did (or, with `dryRun`, would do).
    public struct PolicyImportSummary: Equatable, Sendable {
        public var added: Int
        public var updated: Int
        public var removed: Int
    }

    /// Imports `items` all or nothing: an item whose title is in the library replaces it, the others
    /// are added; with `replace`, items not in the file (the sample content, say) are removed first.
    /// Every change is audited under `actor`; with `dryRun` it is all checked, then rolled back.
    public func importPolicies(_ items: [PolicyItem], replace: Bool, by actor: Int64?, at: Date,
                               dryRun: Bool = false) throws -> PolicyImportSummary {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            var ids = try PolicyTable.idsByTitle(in: db)
            var summary = PolicyImportSummary(added: 0, updated: 0, removed: 0)
            var events: [AuditEvent] = []
            if replace {
                let kept = Set(items.map(\.title))
                for (title, id) in ids where !kept.contains(title) {
                    try db.execute(sql: "DELETE FROM policy_item WHERE id = ?", arguments: [id])
                    events.append(.policy("policy.remove", id: id, title: title))
                    ids[title] = nil
                    summary.removed += 1
                }
            }
            for item in items {
                if let id = ids[item.title] {
                    try PolicyTable.update(item, id: id, in: db)
                    events.append(.policy("policy.update", id: id, title: item.title))
                    summary.updated += 1
                } else {
                    let saved = try PolicyTable.insert(item, in: db)
                    events.append(.policy("policy.add", id: saved.id, title: item.title))
                    summary.added += 1
                }
            }
            let total = AuditEvent(action: "policy.import", entity: "policy_item", entityID: nil, detail: [
                "added": String(summary.added), "updated": String(summary.updated), "removed": String(summary.removed),
            ])
            return (summary, [total] + events)
        }
    }
}

extension AuditEvent {
    /// A change to one policy item.
    static func policy(_ action: String, id: Int64?, title: String) -> AuditEvent {
        AuditEvent(action: action, entity: "policy_item", entityID: id, detail: ["title": title])
    }
}
