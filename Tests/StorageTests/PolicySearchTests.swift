import Domain
import Foundation
import GRDB
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

    @Test("full pinyin finds the items the Chinese finds, in titles, aliases and text (issue 19)", arguments: [
        ("低保", "dibao"), ("低保", "DiBao"), ("长护险", "changhuxian"), ("廉租房", "lianzufang"), ("公租房", "gongzufang"),
        ("居住证", "juzhuzheng"), ("身份证", "shenfenzheng"), ("残疾人", "canjiren"), ("受理服务中心", "shoulifuwuzhongxin"),
    ])
    func fullPinyinFindsWhatChineseFinds(_ chinese: String, _ pinyin: String) throws {
        let found = try titles(chinese)
        #expect(found.count > 0)
        #expect(Set(try titles(pinyin)) == Set(found))
    }

    @Test("initials find the items whose title or alias holds the Chinese (they abbreviate names, not text)", arguments: [
        ("低保", "db"), ("低保申请", "dbsq"), ("长护险", "chx"), ("居住证", "jzz"), ("公租房", "gzf"), ("医保", "yb"),
    ])
    func initialsFindNames(_ chinese: String, _ initials: String) throws {
        let named = try db.searchPolicies(chinese).filter { ([$0.title] + $0.aliases).contains { $0.contains(chinese) } }
        #expect(named.count > 0)
        #expect(Set(try titles(initials)) == Set(named.map(\.title)))
    }

    @Test("an alias is found like a title, by Chinese and by pinyin, and ranks with the titles")
    func aliases() throws {
        #expect(try titles("长护险") == ["长期护理保险申请"])
        #expect(try titles("chx").first == "长期护理保险申请")
        #expect(try titles("低保").count == 4, "the title, then three items that mention it")
        #expect(try titles("dibao").count == 4)
        #expect(try titles("医保").prefix(3).sorted() == ["医保报销（零星报销）", "城乡居民医保参保", "社保卡申领与补换"])
        #expect(try titles("公租房") == ["公共租赁住房申请"])
    }

    @Test("an older file's starter items get their aliases and every item its text's pinyin when it migrates")
    func migrationFillsAliasesAndPinyin() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: Migration.signingKeysTrustedKeys.rawValue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO policy_item (title, line_of_business, eligibility, materials, procedure, legal_basis, department,
                    location, last_checked, is_sample, pinyin_keys)
                VALUES ('本区护理补贴', '老龄', '已享受长护险的老人', '', '申请', '', '区民政局', '一楼', '2025-01-01', 0, 'bqhlbt')
                """)
        }
        try Schema.migrator.migrate(queue)
        func found(_ query: String) throws -> [PolicyItem] {
            try queue.read { db in try PolicySearch.run(query, limit: 10, in: db) }
        }
        #expect(try found("长护险").map(\.title) == ["长期护理保险申请", "本区护理补贴"])
        #expect(try found("changhuxian").map(\.title) == ["长期护理保险申请", "本区护理补贴"])
        #expect(try found("公租房").map(\.aliases) == [["公租房"]])
    }

    @Test("a surname with two readings is found by either reading")
    func polyphonicSurname() throws {
        // 综 reads zeng too: 老年综合津贴's alias 综合津贴 starts zeng… as well, and its title is shorter.
        #expect(try titles("zeng").prefix(2).contains("曾阿姨家庭困难补助"))
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
