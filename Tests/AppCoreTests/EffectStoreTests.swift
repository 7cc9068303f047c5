import AppCore
import Domain
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

    /// People in an array: the people screen's effects need nothing else, and say what each change did.
    final class MemoryPeople: PeopleStore {
        var people: [Person] = [Person(id: 1, name: "王秀兰", roles: [.secretary]), Person(id: 2, name: "李建国", roles: [.worker])]
        var changedBy: [Int64] = []

        func people(includeInactive: Bool) throws -> [Person] { people.filter { includeInactive || $0.isActive } }
        func addPerson(name: String, roles: Set<Role>, zone: String?, pin: String?, by actor: Int64, at: Date) throws -> Person {
            people.append(Person(id: Int64(people.count + 1), name: name, roles: roles, zone: zone, hasPin: pin != nil))
            changedBy.append(actor)
            return people[people.count - 1]
        }
        func setRoles(_ roles: Set<Role>, for id: Int64, by actor: Int64, at: Date) throws -> Person {
            try change(id, by: actor) { $0.roles = roles }
        }
        func resetPin(for id: Int64, newPin: String?, by actor: Int64, at: Date) throws -> Person {
            try change(id, by: actor) { $0.hasPin = newPin != nil }
        }
        func setActive(_ active: Bool, for id: Int64, by actor: Int64, at: Date) throws -> Person {
            try change(id, by: actor) { $0.isActive = active }
        }
        private func change(_ id: Int64, by actor: Int64, _ edit: (inout Person) -> Void) throws -> Person {
            guard let i = people.firstIndex(where: { $0.id == id }) else { throw StorageError(.notFound, "无此人") }
            edit(&people[i])
            changedBy.append(actor)
            return people[i]
        }
    }

    @Test func thePeopleEffectsChangeThePersonAndSayWhatTheyDid() throws {
        let people = MemoryPeople()
        let effects = PeopleEffects(store: people, now: Fixtures.now)
        #expect(try effects.run(.setActive(personID: 2, active: false, by: 1)) == .saved("已停用 李建国"))
        #expect(try effects.run(.loadPeople) == .peopleLoaded(people.people))
        #expect(people.people[1].isActive == false)
        #expect(try effects.run(.resetPin(personID: 2, pin: nil, by: 1)) == .saved("已清除 李建国 的 PIN，本人下次登录时设置"))
        #expect(try effects.run(.addPerson(name: "赵敏", roles: [.worker], zone: nil, pin: nil, by: 1))
            == .saved("已添加 赵敏（社工），首次登录时设置 PIN"))
        #expect(people.changedBy == [1, 1, 1])
    }
}
