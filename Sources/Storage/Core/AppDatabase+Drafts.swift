import Foundation
import GRDB

/// A draft as the database keeps it: the form's key and tab, its JSON body, and when it was written.
public struct StoredDraft: Equatable, Sendable {
    public var key: String
    public var tab: String
    public var body: String
    public var savedAt: Date

    public init(key: String, tab: String, body: String, savedAt: Date) {
        self.key = key
        self.tab = tab
        self.body = body
        self.savedAt = savedAt
    }
}

extension AppDatabase {
    // MARK: - Drafts

    /// Writes `body` as the person's draft of `key`, replacing the one before.
    ///
    /// Not audited, by design (see `Schema.createFormDrafts`): a draft is not a record. The caller
    /// must leave PINs out; `body` is stored as given.
    public func saveDraft(personID: Int64, key: String, tab: String, body: String, at: Date) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO form_draft (person_id, form_key, tab, body, saved_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (person_id, form_key) DO UPDATE SET tab = excluded.tab, body = excluded.body, saved_at = excluded.saved_at
                """, arguments: [personID, key, tab, body, at])
        }
    }

    /// Removes the person's draft of `key`, if there is one.
    public func discardDraft(personID: Int64, key: String) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM form_draft WHERE person_id = ? AND form_key = ?", arguments: [personID, key])
        }
    }

    /// The person's drafts, newest first.
    public func drafts(of personID: Int64) throws -> [StoredDraft] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT form_key, tab, body, saved_at FROM form_draft WHERE person_id = ? ORDER BY saved_at DESC, form_key
                """, arguments: [personID]).map {
                StoredDraft(key: $0["form_key"], tab: $0["tab"], body: $0["body"], savedAt: $0["saved_at"])
            }
        }
    }
}
