import AppCore
@testable import AppRuntime
import Foundation
import Storage
import Testing

/// An effect needs only the store its feature declares, not SQLite: the drafts' effects run here
/// against a `DraftStore` kept in memory, as a second implementation (the street server's client)
/// would hold them.
@Suite struct EffectStoreTests {
    /// Drafts in a dictionary by person and form key; newest first, as `AppDatabase` lists them.
    final class MemoryDrafts: DraftStore {
        var rows: [String: (person: Int64, draft: StoredDraft)] = [:]

        func saveDraft(personID: Int64, key: String, tab: String, body: String, at: Date) throws {
            rows["\(personID)/\(key)"] = (personID, StoredDraft(key: key, tab: tab, body: body, savedAt: at))
        }

        func discardDraft(personID: Int64, key: String) throws { rows["\(personID)/\(key)"] = nil }

        func drafts(of personID: Int64) throws -> [StoredDraft] {
            rows.values.filter { $0.person == personID }.map(\.draft).sorted { $0.savedAt > $1.savedAt }
        }
    }

    let store = MemoryDrafts()
    let draft = FormDraft(key: "visits.add", tab: "visits", fields: [
        FormDraft.Field(id: "room", label: "楼室号", text: "12号301室", cursor: 3, selected: [], optionCursor: 0),
    ], focus: "room")

    func effects(at now: Date = Fixtures.now) -> DraftEffects { DraftEffects(store: store, now: now) }

    @Test func aDraftSavedThroughTheEffectsComesBackWithItsTimeAndOnlyToItsPerson() throws {
        #expect(try effects().run(.saveDraft(personID: 7, draft)) == .draftKept)
        #expect(store.rows.count == 1)
        var expected = draft
        expected.savedAt = Fixtures.now
        #expect(try effects().run(.loadDrafts(personID: 7)) == .draftsLoaded([expected]))
        #expect(try effects().run(.loadDrafts(personID: 8)) == .draftsLoaded([]))
    }

    @Test func aDiscardedDraftIsGoneAndTheNewestComesFirst() throws {
        var other = draft
        other.key = "reception.new"
        _ = try effects().run(.saveDraft(personID: 7, draft))
        _ = try effects(at: Fixtures.now.addingTimeInterval(60)).run(.saveDraft(personID: 7, other))
        guard case .draftsLoaded(let both)? = try effects().run(.loadDrafts(personID: 7)) else { Issue.record("no drafts"); return }
        #expect(both.map(\.key) == ["reception.new", "visits.add"])
        #expect(try effects().run(.discardDraft(personID: 7, key: "reception.new")) == .draftKept)
        guard case .draftsLoaded(let left)? = try effects().run(.loadDrafts(personID: 7)) else { Issue.record("no drafts"); return }
        #expect(left.map(\.key) == ["visits.add"])
    }

    @Test func aStoredBodyThatIsNotADraftIsLeftOut() throws {
        try store.saveDraft(personID: 7, key: "funds.request", tab: "funds", body: "not json", at: Fixtures.now)
        _ = try effects().run(.saveDraft(personID: 7, draft))
        guard case .draftsLoaded(let loaded)? = try effects().run(.loadDrafts(personID: 7)) else { Issue.record("no drafts"); return }
        #expect(loaded.map(\.key) == ["visits.add"])
    }
}
