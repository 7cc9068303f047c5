import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// Drafts through the real migrator: written and replaced per person and form, read back newest
/// first, removed on purpose, and never part of the audit chain.
@Suite struct DraftStorageTests {
    let fixture: DatabaseFixture
    init() throws { fixture = try DatabaseFixture() }
    var db: AppDatabase { fixture.database }

    static let body = #"{"fields":[{"id":"resident","text":"张桂英","cursor":2}],"focus":"resident"}"#

    @Test("a draft comes back as written; a second write of the same form replaces it")
    func roundTrip() throws {
        let me = fixture.admin.id
        try db.saveDraft(personID: me, key: "reception.new", tab: "reception", body: Self.body, at: Fixture.minutes(1))
        #expect(try db.drafts(of: me) == [StoredDraft(key: "reception.new", tab: "reception", body: Self.body, savedAt: Fixture.minutes(1))])
        let later = Self.body.replacingOccurrences(of: "张桂英", with: "张桂英阿姨")
        try db.saveDraft(personID: me, key: "reception.new", tab: "reception", body: later, at: Fixture.minutes(2))
        #expect(try db.drafts(of: me).map(\.body) == [later])
    }

    @Test("drafts belong to one person, newest first, and go when removed")
    func perPerson() throws {
        let me = fixture.admin.id
        let other = try db.addPerson(name: "李明", roles: [.worker], zone: nil, pin: nil, by: me, at: Fixture.start)
        try db.saveDraft(personID: me, key: "visits.visit", tab: "visits", body: "{}", at: Fixture.minutes(1))
        try db.saveDraft(personID: me, key: "funds.request", tab: "funds", body: "{}", at: Fixture.minutes(3))
        try db.saveDraft(personID: other.id, key: "visits.visit", tab: "visits", body: "[]", at: Fixture.minutes(2))
        #expect(try db.drafts(of: me).map(\.key) == ["funds.request", "visits.visit"])
        try db.discardDraft(personID: me, key: "funds.request")
        #expect(try db.drafts(of: me).map(\.key) == ["visits.visit"])
        #expect(try db.drafts(of: other.id).map(\.body) == ["[]"])
    }

    @Test("a draft is not a record: writing one adds nothing to the audit chain, which stays intact")
    func notAudited() throws {
        let before = try db.auditEntries(limit: 1000).count
        try db.saveDraft(personID: fixture.admin.id, key: "reception.new", tab: "reception", body: Self.body, at: Fixture.minutes(1))
        try db.discardDraft(personID: fixture.admin.id, key: "reception.new")
        #expect(try db.auditEntries(limit: 1000).count == before)
        #expect(try db.verifyAuditChain().isIntact)
    }

    @Test("a body that is not JSON is refused by the schema")
    func bodyMustBeJSON() throws {
        #expect(throws: DatabaseError.self) {
            try db.saveDraft(personID: fixture.admin.id, key: "reception.new", tab: "reception", body: "not json", at: Fixture.start)
        }
    }
}
