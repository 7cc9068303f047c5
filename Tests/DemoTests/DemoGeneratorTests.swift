import Demo
import Domain
import Foundation
import Storage
import Testing

/// The demo generator's promises: the same seed gives the same file, quotas and routes are as
/// designed, and `check`'s verification passes on what it writes.
@Suite(.serialized) struct DemoGeneratorTests {
    static let asOf = LocalDate(iso: "2026-11-20")!

    static func build(seed: UInt64 = 7, months: Int = 3) throws -> (String, AppDatabase) {
        let path = NSTemporaryDirectory() + "demo-\(UUID().uuidString).sqlite"
        try DemoBuilder.build(path: path, settings: DemoSettings(seed: seed, scale: .committee, months: months, asOf: asOf),
                              force: false)
        return (path, try AppDatabase.open(path: path))
    }

    static func rules() throws -> RuleSet { try RuleBook.bundled().inForce(on: asOf)! }

    @Test("the same seed gives the same database, another seed another")
    func deterministic() throws {
        let (_, a) = try Self.build(seed: 7, months: 2)
        let (_, b) = try Self.build(seed: 7, months: 2)
        let (_, c) = try Self.build(seed: 8, months: 2)
        let digest = try a.contentDigest()
        #expect(digest == (try b.contentDigest()))
        #expect(digest != (try c.contentDigest()))
    }

    @Test("check passes: the books balance, every payment is on its route, the audit chain holds")
    func checkPasses() throws {
        let (_, db) = try Self.build()
        #expect(try db.verifyFunds(rules: Self.rules(), today: Self.asOf) == [])
        let chain = try db.verifyAuditChain()
        #expect(chain.isIntact)
        #expect(chain.count > 3)
    }

    @Test("a full month has workers under the quota of 30 households and workers over it")
    func quotas() throws {
        let (_, db) = try Self.build()
        let month = Month(year: 2026, month: 10)!
        var households = [Int64: Set<Int64>]()
        for record in try db.visits(in: month) { households[record.workerID, default: []].insert(record.householdID) }
        let counts = households.values.map(\.count)
        #expect(counts.count == 8)
        #expect(counts.contains { $0 < 30 })
        #expect(counts.contains { $0 > 30 })
    }

    @Test("expenses take both routes: up to 500 yuan approved locally, above it reviewed by the street")
    func bothRoutes() throws {
        let (_, db) = try Self.build()
        let book = try db.fundsBook(year: 2026, rules: Self.rules())
        let paid = book.records.filter { $0.payment != nil }
        #expect(paid.contains { $0.expense.amount <= 500_00 && $0.approvals.count == 2 })
        #expect(paid.contains { $0.expense.amount > 500_00 && $0.review != nil })
        #expect(book.records.contains { $0.payment == nil })
    }

    @Test("about 1,900 households with tags, and the known people log in with the demo PIN")
    func householdsAndLogin() throws {
        let (_, db) = try Self.build(months: 1)
        let households = try db.households()
        #expect((1_850...1_920).contains(households.count))
        #expect(households.contains { $0.room == "12号301室" } || households.contains { $0.room.hasSuffix("号301室") })
        let lonely = households.filter { $0.tags.contains("独居老人") }.count
        #expect((60...180).contains(lonely))
        let secretary = try #require(try db.people(includeInactive: false).first { $0.name == DemoSettings.secretaryName })
        #expect(secretary.roles.contains(.secretary))
        if case .success = try db.verifyLogin(personID: secretary.id, pin: DemoSettings.pin, now: Date()) {} else {
            Issue.record("the demo PIN does not open the secretary's login")
        }
    }

    @Test("some cards are signed, and an existing file is not overwritten without force")
    func signedCardsAndNoOverwrite() throws {
        let (path, db) = try Self.build()
        #expect(try db.signedPointsCards(year: 2026).count == 16)
        let settings = DemoSettings(seed: 7, scale: .committee, months: 1, asOf: Self.asOf)
        #expect(throws: DemoBuilder.BuildError.exists(path)) {
            try DemoBuilder.build(path: path, settings: settings, force: false)
        }
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
