import DataFile
import Domain
import Testing

/// The policy-library file: the starter library, the refusal of bad items with their line, the round trip.
@Suite struct PolicyLibraryFileTests {
    static let good = """
        # a comment
        [[item]]
        title = "低保申请"
        line = "社会救助"
        eligibility = "收入低于标准"
        materials = ["身份证", "户口簿"]
        procedure = "提出申请"
        department = "受理中心"
        location = "一楼"
        checked = 2025-03-01

        [[item]]
        title = "临时救助"
        line = "社会救助"
        eligibility = \"\"\"
        [[item]]
        突发困难\"\"\"
        materials = ["身份证"]
        procedure = ["申请", "审核"]
        legal_basis = "暂行办法"
        department = "受理中心"
        location = "一楼"
        checked = 2025-03-02
        sample = true
        """

    @Test("the starter library has at least 30 items, all marked as sample content, with distinct titles")
    func starterLibrary() throws {
        let items = try PolicyLibraryFile.bundledSample()
        #expect(items.count >= 30)
        #expect(items.allSatisfy { $0.isSample })
        #expect(Set(items.map(\.title)).count == items.count)
        #expect(items.contains { $0.title == "低保申请" })
    }

    @Test("the starter library carries the common short names as aliases (issue 19)")
    func starterAliases() throws {
        let items = try PolicyLibraryFile.bundledSample()
        func titles(_ alias: String) -> [String] { items.filter { $0.aliases.contains(alias) }.map(\.title) }
        #expect(titles("低保") == ["低保申请"])
        #expect(titles("长护险") == ["长期护理保险申请"])
        #expect(titles("廉租房") == ["廉租住房申请"] && titles("公租房") == ["公共租赁住房申请"])
        #expect(titles("医保").count == 2)
        #expect(items.filter { !$0.aliases.isEmpty }.count >= 20)
    }

    @Test("aliases are a list that may be left out; one longer than a title is refused at its line")
    func aliases() throws {
        let text = Self.good.replacingOccurrences(of: "title = \"低保申请\"\n", with: "title = \"低保申请\"\naliases = [\"低保\", \" 最低生活保障 \"]\n")
        let items = try PolicyLibraryFile.parse(text, file: "p.toml")
        #expect(items[0].aliases == ["低保", "最低生活保障"])
        #expect(items[1].aliases.isEmpty)
        let long = "aliases = [\"" + String(repeating: "保", count: PolicyItem.maxTitleLength + 1) + "\"]"
        #expect(throws: DataFileError.self) {
            try PolicyLibraryFile.parse(text.replacingOccurrences(of: "aliases = [\"低保\", \" 最低生活保障 \"]", with: long), file: "p.toml")
        }
    }

    @Test("a good file gives its items; a single string is a list of one; legal_basis may be left out")
    func parseGood() throws {
        let items = try PolicyLibraryFile.parse(Self.good, file: "p.toml")
        #expect(items.map(\.title) == ["低保申请", "临时救助"])
        #expect(items[0].procedure == ["提出申请"])
        let noPapers = try PolicyLibraryFile.parse(Self.good.replacingOccurrences(of: "[\"身份证\", \"户口簿\"]", with: "[]"), file: "p.toml")
        #expect(noPapers[0].materials.isEmpty, "a matter may need no papers")
        #expect(items[0].legalBasis == "")
        #expect(!items[0].isSample && items[1].isSample)
        #expect(items[1].eligibility == "[[item]]\n突发困难")
        #expect(items[1].lastChecked == LocalDate(year: 2025, month: 3, day: 2))
    }

    @Test("a bad item is refused with the file, its line and the reason", arguments: [
        ("checked = 2025-03-02", "checked = \"昨天\"", 23, "checked 应为日期"),
        ("department = \"受理中心\"\nlocation = \"一楼\"\nchecked = 2025-03-02", "location = \"一楼\"\nchecked = 2025-03-02", 12, "缺少 department"),
        ("title = \"临时救助\"", "title = \"低保申请\"", 13, "与第 3 行重复"),
        ("materials = [\"身份证\"]", "materials = [1]", 18, "materials 应为字符串列表"),
        ("procedure = [\"申请\", \"审核\"]", "procedure = []", 19, "procedure 不能为空"),
    ])
    func refused(_ change: (String, String, Int, String)) {
        let text = Self.good.replacingLastOccurrence(of: change.0, with: change.1)
        do {
            _ = try PolicyLibraryFile.parse(text, file: "p.toml")
            Issue.record("accepted a bad file")
        } catch {
            #expect(error.file == "p.toml")
            #expect(error.line == change.2, "\(error.message)")
            #expect(error.message.contains(change.3), "\(error.message)")
            #expect(error.message.contains("第 2 个事项"))
        }
    }

    @Test("a file without items is refused")
    func empty() {
        #expect(throws: DataFileError.self) { try PolicyLibraryFile.parse("# nothing\n", file: "p.toml") }
    }

    @Test("writing and reading back gives the same items, quotes and newlines included")
    func roundTrip() throws {
        var items = try PolicyLibraryFile.bundledSample()
        items[0].eligibility = "第一行\n第二行 \"引号\" 和 \\ 反斜杠"
        items[1].isSample = false
        items[1].aliases = ["临救", "带\"引号\"的简称"]
        let back = try PolicyLibraryFile.parse(PolicyLibraryFile.write(items), file: "export.toml")
        #expect(back == items)
    }
}

private extension String {
    func replacingLastOccurrence(of target: String, with replacement: String) -> String {
        guard let range = range(of: target, options: .backwards) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
