import Domain
import Foundation
import Testing
@testable import Storage

/// The policy library in a real database: the starter library, and search by one, two and three
/// characters and by pinyin, ranked with title matches first.
@Suite struct PolicySearchTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }

    init() throws {
        fixture = try DatabaseFixture()
        let extra = [Self.item("曾阿姨家庭困难补助", line: "社会救助"), Self.item("单亲家庭帮扶", line: "妇联")]
        _ = try db.importPolicies(extra, replace: false, by: fixture.admin.id, at: Fixture.start)
    }

    static func item(_ title: String, line: String, eligibility: String = "符合条件的居民") -> PolicyItem {
        PolicyItem(title: title, lineOfBusiness: line, eligibility: eligibility, materials: ["身份证"],
                   procedure: ["申请", "审核"], legalBasis: "", department: "受理中心", location: "一楼",
                   lastChecked: LocalDate(iso: "2025-01-01")!)
    }

    func titles(_ query: String) throws -> [String] { try db.searchPolicies(query).map(\.title) }

    @Test("a new database holds the starter library, marked as sample content")
    func starterLibrary() throws {
        let all = try db.policies()
        #expect(all.count >= 32)
        #expect(all.filter(\.isSample).count == all.count - 2)
        #expect(try titles("") .count == all.count, "a blank search lists everything")
    }

    @Test("one character is found by a scan (the trigram index cannot), titles first")
    func oneCharacter() throws {
        let found = try titles("房")
        #expect(found.contains("廉租住房申请"))
        #expect(found.contains("共有产权保障住房申请"))
        #expect(try titles("曾").first == "曾阿姨家庭困难补助")
    }

    @Test("two characters are found anywhere in an item, a title match ranked first")
    func twoCharacters() throws {
        let found = try titles("低保")
        #expect(found.first == "低保申请")
        #expect(found.count > 1, "items that mention 低保 in their text come after")
        #expect(try titles("残疾").prefix(2).allSatisfy { $0.contains("残疾") })
        #expect(try titles("残疾").contains("重残无业人员生活补助"), "found by its eligibility text")
    }

    @Test("three characters and more go through the FTS5 trigram index")
    func threeCharacters() throws {
        #expect(PolicySearch.usesIndex("居住证"))
        #expect(!PolicySearch.usesIndex("低保"))
        #expect(try titles("居住证").first == "居住证办理")
        #expect(try titles("受理服务中心").count > 10)
        #expect(try titles("没有这个事项").isEmpty)
    }

    @Test("pinyin initials and full pinyin find a title")
    func pinyin() throws {
        #expect(try titles("dbsq").first == "低保申请")
        #expect(try titles("dibao").first == "低保申请")
        #expect(try titles("DiBao").first == "低保申请", "case does not matter")
        #expect(try titles("jzz").contains("居住证办理"))
        #expect(try titles("cqhl").contains("长期护理保险申请"), "长 read chang as well as zhang")
    }

    @Test("a surname with two readings is found by either reading")
    func polyphonicSurname() throws {
        #expect(try titles("zeng").first == "曾阿姨家庭困难补助")
        #expect(try titles("ceng").first == "曾阿姨家庭困难补助")
        #expect(try titles("shanqin").first == "单亲家庭帮扶")
        #expect(try titles("danqin").first == "单亲家庭帮扶")
    }

    @Test("FTS syntax in a query is taken as text, not as an operator")
    func ftsSyntax() throws {
        #expect(try titles("\"低保 OR NOT").isEmpty)
        #expect(try titles("申请\"").isEmpty)
    }
}
