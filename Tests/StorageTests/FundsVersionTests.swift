import Domain
import Foundation
import Testing
@testable import Storage

/// `fundsVersion` decides whether the funds tab reads its books again: it must change with every
/// kind of funds write and rest on tables that cannot change any other way.
@Suite struct FundsVersionTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    func version() throws -> [Int64] { try f.database.fundsVersion(year: 2024) }

    @Test func everyKindOfFundsWriteChangesIt() throws {
        var seen = [try version()]
        func changed(_ what: String) throws {
            let now = try version()
            #expect(!seen.contains(now), "\(what) left the version as it was")
            seen.append(now)
        }
        let small = try f.request("300"); try changed("a request")
        try f.decide(small.id, f.secretary, as: .secretary); try changed("a decision")
        try f.decide(small.id, f.director, as: .director)
        try f.pay(small.id); try changed("a payment")
        _ = try f.database.reversePayment(of: small.id, reason: "退货", on: FundsFixture.day("2024-03-04"), by: f.bookkeeper.id,
                                          at: Fixture.start, rules: FundsFixture.rules); try changed("a reversal")
        let large = try f.request("800", payee: "物业公司")
        _ = try f.database.recordStreetReview(StreetReview(reviewer: "街道办", reference: "审2024-1", date: FundsFixture.day("2024-03-05")),
                                              for: large.id, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
        try changed("a street review")
        try f.streetApprove(large.id, on: "2024-03-05"); try changed("a street approval")
        try f.database.setBudget(FundsFixture.yuan("20000"), fund: .party, year: 2024, by: f.secretary.id, at: Fixture.start)
        try changed("a budget")
        _ = try f.database.savePlanLine(PlanLine(id: 0, fund: .party, category: .massActivity, project: "重阳节敬老活动",
                                                 amount: FundsFixture.yuan("5000")), year: 2024, by: f.secretary.id, at: Fixture.start,
                                        rules: FundsFixture.rules)
        try changed("a plan line")
        #expect(Set(seen).count == seen.count)
    }

    @Test func otherWritesAndOtherYearsAreTold() throws {
        let before = try version()
        _ = try f.database.addHousehold(Household(id: 0, room: "1号楼101室", head: "张"), by: f.secretary.id, at: Fixture.start)
        #expect(try version() == before, "a household is not in the books")
        #expect(try f.database.fundsVersion(year: 2025) != before, "another year's books are other books")
    }

    @Test func theTablesItWatchesCannotBeChangedInPlace() throws {
        let triggers = try f.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_no_update'")
        }
        for table in FundTables.versionTables where table != "person" {
            #expect(triggers.contains(table), "\(table) has no trigger refusing UPDATE: a change in place would go unseen")
        }
    }
}
