import AppCore
import Foundation
import Storage

/// The drafts' effects against the database: write one, remove one, find a person's.
enum DraftEffects {
    static func run(_ effect: Effect, database: AppDatabase, now: Date) throws -> Action? {
        switch effect {
        case .saveDraft(let person, let draft):
            try database.saveDraft(personID: person, key: draft.key, tab: draft.tab, body: draft.encoded, at: now)
            return .draftKept
        case .discardDraft(let person, let key):
            try database.discardDraft(personID: person, key: key)
            return .draftKept
        case .loadDrafts(let person):
            let drafts = try database.drafts(of: person).compactMap {
                FormDraft.decode(key: $0.key, tab: $0.tab, body: $0.body, savedAt: $0.savedAt)
            }
            return .draftsLoaded(drafts)
        default: return .draftKept
        }
    }
}
