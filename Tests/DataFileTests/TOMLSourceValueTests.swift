import DataFile
import Testing

/// The typed values of `TOMLSource`, and their Chinese reasons with the line of the key.
@Suite struct TOMLSourceValueTests {
    private let text = """
        [ruleset]
        id = "putuo-2017"
        effective = 2017-09-26
        empty = ""

        [visits]
        quota = 30
        items = ["办公费", "印刷费"]
        mixed = ["办公费", 3]
        intervals = { "独居老人" = 30 }
        """

    private func source() throws -> TOMLSource { try TOMLSource(text, file: "r.toml") }

    // MARK: - Values

    @Test func readsEachKindOfValue() throws {
        let toml = try source()
        #expect(try toml.string("ruleset.id") == "putuo-2017")
        #expect(try toml.int("visits.quota", in: 1...1000) == 30)
        let date = try toml.date("ruleset.effective")
        #expect([date.year, date.month, date.day] == [2017, 9, 26])
        #expect(try toml.strings("visits.items") == ["办公费", "印刷费"])
        #expect(try toml.table("visits.intervals").keys.sorted() == ["独居老人"])
        #expect(try toml.value("visits.quota").int == 30)
    }

    // MARK: - Refusals

    @Test(arguments: [
        ("ruleset.title", "r.toml 第 1 行：缺少 ruleset.title"),
        ("visits.quota.x", "r.toml 第 7 行：缺少 visits.quota.x"),
        ("nothing.here", "r.toml：缺少 nothing.here"),
    ])
    func aMissingValueIsShownAtItsTable(path: String, message: String) throws {
        let error = try #require(throws: DataFileError.self) { try source().value(path) }
        #expect(error.message == message)
    }

    @Test func eachKindHasItsReason() throws {
        #expect(try message { _ = try $0.int("ruleset.id") } == "r.toml 第 2 行：ruleset.id 应为整数")
        #expect(try message { _ = try $0.int("visits.quota", in: 1...20) } == "r.toml 第 7 行：visits.quota = 30 超出范围 1…20")
        #expect(try message { _ = try $0.string("ruleset.empty") } == "r.toml 第 4 行：ruleset.empty 应为非空字符串")
        #expect(try message { _ = try $0.date("ruleset.id") } == "r.toml 第 2 行：ruleset.id 应为日期，如 2017-09-26")
        #expect(try message { _ = try $0.strings("visits.quota") } == "r.toml 第 7 行：visits.quota 应为字符串列表")
        #expect(try message { _ = try $0.strings("visits.mixed") } == "r.toml 第 9 行：visits.mixed 的每一项都应为字符串")
        #expect(try message { _ = try $0.table("visits.quota") } == "r.toml 第 7 行：visits.quota 应为表")
    }

    /// The message of the error that `read` throws on the sample.
    private func message(_ read: (TOMLSource) throws -> Void) throws -> String {
        let toml = try source()
        return try #require(throws: DataFileError.self) { try read(toml) }.message
    }
}
