import Testing
@testable import ScreenKit

/// Theme files: what they give, and that every mistake names the file, the line and the reason.
@Suite struct ThemeFileTests {
    private let sample = """
        [theme]
        name = "test"

        [roles]
        normal = { fg = "white", bg = "blue" }
        field = { fg = "black", bg = "bright-white", underline = true }
        "tab.active" = { fg = "color208", bold = true, reverse = true, dim = true }
        """

    // MARK: - Reading

    @Test func readsNameColoursAndAttributes() throws {
        let theme = try ThemeFile.parse(sample, file: "t.toml")
        #expect(theme.name == "test")
        #expect(theme.usesColor)
        #expect(theme.styles.count == 3)
        #expect(theme.styles[.normal] == TextStyle(foreground: .named(7), background: .named(4)))
        #expect(theme.styles[.field] == TextStyle(foreground: .named(0), background: .bright(7), underline: true))
        #expect(theme.styles[.tabActive] == TextStyle(foreground: .indexed(208), bold: true, reverse: true, dim: true))
    }

    @Test func rolesFallBackToTheirParentThenNormal() throws {
        let theme = try ThemeFile.parse(sample, file: "t.toml")
        let field = TextStyle(foreground: .named(0), background: .bright(7), underline: true)
        #expect(theme.style(for: .fieldError) == field)
        #expect(theme.style(for: .fieldFocused) == field)
        #expect(theme.style(for: .listSelected) == TextStyle(foreground: .named(7), background: .named(4)))
    }

    @Test func monochromeDropsColoursAndKeepsAttributes() throws {
        let theme = try ThemeFile.parse(sample, file: "t.toml").monochrome
        #expect(!theme.usesColor)
        #expect(theme.style(for: .tabActive) == TextStyle(bold: true, reverse: true, dim: true))
        #expect(theme.style(for: .fieldError) == TextStyle(underline: true))
        #expect(theme.style(for: .normal) == .plain)
    }

    @Test func colorFalseMakesAMonochromeTheme() throws {
        let text = "[theme]\nname = \"m\"\ncolor = false\n[roles]\nnormal = { fg = \"red\", bold = true }\n"
        let theme = try ThemeFile.parse(text, file: "m.toml")
        #expect(!theme.usesColor)
        #expect(theme.style(for: .normal) == TextStyle(bold: true))
    }

    // MARK: - Mistakes, each with file and line

    @Test(arguments: [
        ("\"tab.actve\" = { fg = \"red\" }", "themes/x.toml 第 7 行：未知的样式角色 \"tab.actve\""),
        ("\"tab.active\" = { fg = \"purple\" }", "themes/x.toml 第 7 行：无效的颜色 \"purple\""),
        ("\"tab.active\" = { fg = \"color256\" }", "themes/x.toml 第 7 行：无效的颜色 \"color256\""),
        ("\"tab.active\" = { fg = \"red\", blink = true }", "themes/x.toml 第 7 行：未知的键 \"blink\""),
        ("\"tab.active\" = { bold = \"yes\" }", "themes/x.toml 第 7 行：\"bold\" 的值应是 true 或 false"),
        ("\"tab.active\" = \"red\"", "themes/x.toml 第 7 行：样式角色 \"tab.active\" 的值应是内联表"),
        ("\"tab.active\" = { fg = \"red\" ", "themes/x.toml 第 7 行：TOML 语法错误"),
    ])
    func mistakeInARoleNamesFileAndLine(line: String, expected: String) throws {
        let text = "# a theme\n[theme]\nname = \"x\"\n\n[roles]\nnormal = {}\n\(line)\nlabel = {}\n"
        let error = try #require(throws: ThemeError.self) { try ThemeFile.parse(text, file: "themes/x.toml") }
        #expect(error.line == 7)
        #expect(error.message.hasPrefix(expected), "\(error.message)")
    }

    @Test func theFirstMistakeInTheFileIsTheOneReported() throws {
        let text = "[theme]\nname = \"x\"\n[roles]\nzzz = {}\naaa = {}\n"
        let error = try #require(throws: ThemeError.self) { try ThemeFile.parse(text, file: "x.toml") }
        #expect(error.line == 4)
        #expect(error.reason.hasPrefix("未知的样式角色 \"zzz\""))
    }

    @Test func unknownTopLevelKeyAndMissingName() throws {
        let extra = try #require(throws: ThemeError.self) {
            try ThemeFile.parse("[theme]\nname = \"x\"\n[roles]\n[colours]\nred = 1\n", file: "x.toml")
        }
        #expect(extra.message.hasPrefix("x.toml 第 4 行：未知的键 \"colours\""))
        let unnamed = try #require(throws: ThemeError.self) {
            try ThemeFile.parse("[theme]\ncolor = true\n[roles]\n", file: "x.toml")
        }
        #expect(unnamed.message == "x.toml 第 1 行：[theme] 表缺少主题名 name")
    }

    @Test func aMissingRolesTableNamesTheFile() throws {
        let error = try #require(throws: ThemeError.self) { try ThemeFile.parse("[theme]\nname = \"x\"\n", file: "x.toml") }
        #expect(error.message == "x.toml：缺少 [roles] 表")
    }

    @Test func rolesWrittenAsSubTablesAreReadToo() throws {
        let text = "[theme]\nname = \"x\"\n[roles]\n[roles.\"field.error\"]\nfg = \"red\"\nblink = 1\n"
        let error = try #require(throws: ThemeError.self) { try ThemeFile.parse(text, file: "x.toml") }
        #expect(error.line == 6)
        #expect(error.reason.hasPrefix("未知的键 \"blink\""))
    }
}
