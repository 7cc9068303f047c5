import AppCore
import Foundation

/// The drafts' effects against a `DraftStore`: write one, remove one, find a person's.
struct DraftEffects {
    let store: any DraftStore
    let now: Date

    func run(_ effect: Effect) throws -> Action? {
        switch effect {
        case .saveDraft(let person, let draft):
            try store.saveDraft(personID: person, key: draft.key, tab: draft.tab, body: draft.encoded, at: now)
            return .draftKept
        case .discardDraft(let person, let key):
            try store.discardDraft(personID: person, key: key)
            return .draftKept
        case .loadDrafts(let person):
            let drafts = try store.drafts(of: person).compactMap {
                FormDraft.decode(key: $0.key, tab: $0.tab, body: $0.body, savedAt: $0.savedAt)
            }
            return .draftsLoaded(drafts)
        default: return .draftKept
        }
    }
}
