import Domain
import Testing

/// Pinyin search keys: full pinyin and initials, every reading of polyphonic characters, bounded.
@Suite struct PinyinKeysTests {
    let table = PinyinTable.bundled

    @Test("the shipped table knows the common characters and several readings of polyphones")
    func table_() {
        #expect(table.count > 8000)
        #expect(table.readings(of: "低") == ["di"])
        #expect(Set(table.readings(of: "单")).isSuperset(of: ["dan", "shan"]))
        #expect(Set(table.readings(of: "曾")) == ["zeng", "ceng"])
        #expect(table.readings(of: "绿").first == "lv", "ü is written v, as typed")
        #expect(table.readings(of: "A").isEmpty)
    }

    @Test("a title gives its full pinyin and its initials")
    func fullAndInitials() {
        #expect(PinyinKeys.keys(for: "低保申请", table: table) == ["dibaoshenqing", "dbsq"])
    }

    @Test("a surname with two readings is found by either")
    func polyphonicSurname() {
        let keys = PinyinKeys.keys(for: "曾阿姨", table: table)
        #expect(keys.contains { $0.hasPrefix("zeng") })
        #expect(keys.contains { $0.hasPrefix("ceng") })
        #expect(keys.contains("zay") && keys.contains("cay"))
    }

    @Test("letters and digits stand for themselves; punctuation is skipped")
    func mixedTitle() {
        #expect(PinyinKeys.keys(for: "医保（A1）", table: table) == ["yibaoa1", "yba1"])
    }

    @Test("combinations are bounded, keeping the most common readings")
    func bounded() {
        let title = "单行长重单行长重"
        let keys = PinyinKeys.keys(for: title, table: table, limit: 16)
        #expect(keys.count <= 32)
        #expect(keys.first == title.map { table.readings(of: $0)[0] }.joined(), "the most common readings come first")
        #expect(PinyinKeys.keys(for: "单", table: table, limit: 1).count == 2)
    }

    @Test("a text's keys cover each run between punctuation, and the other readings of its polyphones nearby")
    func textKeys() {
        let keys = PinyinKeys.textKeys(for: "申请长护险，需身份证", table: table)
        #expect(keys.contains { $0.contains("shenqingzhanghuxian") }, "the most common readings")
        #expect(keys.contains { $0.contains("changhuxian") }, "长 read chang nearby")
        #expect(keys.contains("xushenfenzheng"))
        #expect(!keys.contains("xsfz") && !keys.contains { $0.contains("chx") }, "initials abbreviate names, not running text")
        #expect(!keys.contains { $0.contains("xianxu") }, "a run ends at the comma")
        let long = String(repeating: "长行重单", count: 50)
        #expect(PinyinKeys.textKeys(for: long, table: table).joined().count < 200 * 200, "grows with the text, not the combinations")
    }

    @Test("an item's keys cover its aliases; its text keys its other fields")
    func itemKeys() {
        let item = PolicyItem(title: "长期护理保险申请", aliases: ["长护险"], lineOfBusiness: "医疗保障", eligibility: "失能老人",
                              materials: [], procedure: ["申请"], legalBasis: "", department: "医保中心", location: "医保中心",
                              lastChecked: LocalDate(dayNumber: 0))
        #expect(item.pinyinKeys.contains("changhuxian") && item.pinyinKeys.contains("chx"))
        #expect(item.pinyinText.contains("shinenglaoren") && item.pinyinText.contains("yibaozhongxin"))
        #expect(item.pinyinText.count == Set(item.pinyinText).count, "a key repeated in the item is kept once")
    }

    @Test("a typed query is pinyin only when it is ASCII letters (spaces and ' ignored)")
    func query() {
        #expect(PinyinKeys.query("DiBao") == "dibao")
        #expect(PinyinKeys.query("xi'an") == "xian")
        #expect(PinyinKeys.query("db sq") == "dbsq")
        #expect(PinyinKeys.query("低保") == nil)
        #expect(PinyinKeys.query("db1") == nil)
        #expect(PinyinKeys.query("  ") == nil)
    }
}
