import Foundation
import Storage

/// What the drafts' effects need of storage: keep, drop and list a person's unsaved forms.
public protocol DraftStore {
    func saveDraft(personID: Int64, key: String, tab: String, body: String, at: Date) throws
    func discardDraft(personID: Int64, key: String) throws
    func drafts(of personID: Int64) throws -> [StoredDraft]
}

extension AppDatabase: DraftStore {}
