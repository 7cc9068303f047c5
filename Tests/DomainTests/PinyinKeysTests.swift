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
