import Domain
import Foundation
import Testing
@testable import Storage

/// Importing a district's policy library: all or nothing, by title, audited.
@Suite struct PolicyImportTests {
    let fixture: DatabaseFixture
    init() throws { fixture = try DatabaseFixture() }
    var db: AppDatabase { fixture.database }

    func item(_ title: String, eligibility: String = "本辖区居民") -> PolicyItem {
        PolicySearchTests.item(title, line: "社区服务", eligibility: eligibility)
    }

    @Test("an item whose title is in the library replaces it; the others are added; both are audited")
    func upsert() throws {
        let before = try db.policies().count
        let summary = try db.importPolicies([item("低保申请", eligibility: "本区新规定"), item("垃圾分类咨询")],
                                            replace: false, by: fixture.admin.id, at: Fixture.start)
        #expect(summary == .init(added: 1, updated: 1, removed: 0))
        let all = try db.policies()
        #expect(all.count == before + 1)
        let dibao = try #require(all.first { $0.title == "低保申请" })
        #expect(dibao.eligibility == "本区新规定" && !dibao.isSample)
        #expect(try db.searchPolicies("新规定").map(\.title) == ["低保申请"], "the index follows the update")
        #expect(try db.rawInt("SELECT count(*) FROM audit_log WHERE action LIKE 'policy.%'") == 3)
        #expect(try db.verifyAuditChain().isIntact)
    }

    @Test("replace removes every item not in the file, the sample content with it")
    func replace() throws {
        let summary = try db.importPolicies([item("垃圾分类咨询")], replace: true, by: nil, at: Fixture.start)
        #expect(summary.added == 1 && summary.removed >= 30)
        #expect(try db.policies().map(\.title) == ["垃圾分类咨询"])
        #expect(try db.searchPolicies("低保").isEmpty, "removed items leave the index too")
        #expect(try db.searchPolicies("ljfl").map(\.title) == ["垃圾分类咨询"])
    }

    @Test("a dry run checks everything and writes nothing")
    func dryRun() throws {
        let before = try db.policies()
        let summary = try db.importPolicies([item("垃圾分类咨询")], replace: true, by: nil, at: Fixture.start, dryRun: true)
        #expect(summary.added == 1)
        #expect(try db.policies() == before)
    }

    @Test("an item the schema refuses leaves the library as it was")
    func allOrNothing() throws {
        let before = try db.policies()
        var bad = item("坏条目")
        bad.department = " "
        #expect(throws: (any Error).self) {
            try db.importPolicies([item("垃圾分类咨询"), bad], replace: true, by: nil, at: Fixture.start)
        }
        #expect(try db.policies() == before)
    }
}
