import Testing
@testable import ScreenKit

/// Keymap files: contexts of keys, lookups in context order, and mistakes named by file and line.
@Suite struct KeymapParseTests {
    static let text = """
        # keys of the shell
        [global]
        "q" = { command = "quit", help = "退出" }
        "F10" = { command = "quit", help = "退出" }
        "Ctrl-Q" = { command = "quit", help = "退出" }
        "?" = { command = "help", help = "帮助" }
        "Ctrl-Right" = "nextTab"

        [form]
        "Tab" = { command = "nextField", help = "下一项" }
        "Shift-Tab" = { command = "previousField", help = "上一项" }
        "q" = { command = "typeQ" }
        """

    static let commands: Set<String> = ["quit", "help", "nextTab", "nextField", "previousField", "typeQ"]

    // MARK: - Reading

    @Test func bindingsComeInFileOrder() throws {
        let keymap = try Keymap.parse(Self.text, file: "keymap.toml", knownCommands: Self.commands)
        #expect(keymap.contexts == ["global", "form"])
        #expect(keymap.bindings(in: "global").map(\.key) == [.char("q"), .function(10), .ctrl("q"), .char("?"), .ctrlRight])
        #expect(keymap.bindings(in: "form") == [
            .init(key: .tab, command: "nextField", help: "下一项"),
            .init(key: .backTab, command: "previousField", help: "上一项"),
            .init(key: .char("q"), command: "typeQ", help: ""),
        ])
        #expect(keymap.bindings(in: "global")[4] == .init(key: .ctrlRight, command: "nextTab", help: ""))
        #expect(keymap.bindings(in: "list").isEmpty)
    }

    @Test func theFirstContextThatBindsTheKeyWins() throws {
        let keymap = try Keymap.parse(Self.text, file: "keymap.toml")
        #expect(keymap.command(for: .char("q"), in: ["form", "global"]) == "typeQ")
        #expect(keymap.command(for: .char("q"), in: ["list", "global"]) == "quit")
        #expect(keymap.command(for: .tab, in: ["global"]) == nil)
        #expect(keymap.command(for: .ctrl("q"), in: ["form", "global"]) == "quit")
    }

    @Test func keysForACommandLeaveOutKeysTakenByAnEarlierContext() throws {
        let keymap = try Keymap.parse(Self.text, file: "keymap.toml")
        #expect(keymap.keys(for: "quit", in: ["global"]) == [.char("q"), .function(10), .ctrl("q")])
        #expect(keymap.keys(for: "quit", in: ["form", "global"]) == [.function(10), .ctrl("q")])
        #expect(keymap.keys(for: "nextField", in: ["global"]).isEmpty)
    }

    // MARK: - Mistakes, each with file and line

    @Test(arguments: [
        ("\"Ctrl-Pgup\" = { command = \"quit\" }", "未知的按键名 \"Ctrl-Pgup\""),
        ("\"Ctrl-中\" = { command = \"quit\" }", "未知的按键名 \"Ctrl-中\""),
        ("\"x\" = { command = \"qiut\", help = \"退出\" }", "未知的命令 \"qiut\""),
        ("\"x\" = { help = \"退出\" }", "缺少 command"),
        ("\"x\" = { command = \"\" }", "缺少 command"),
        ("\"x\" = { command = 3 }", "command 的值应是字符串"),
        ("\"x\" = { command = \"quit\", hlep = \"退出\" }", "未知的键 \"hlep\""),
        ("\"x\" = 7", "按键的值应是内联表"),
        ("\"Ctrl-q\" = \"help\"", "按键 \"Ctrl-q\" 与前面的 \"Ctrl-Q\" 是同一个键"),
        ("\"x\" = { command = \"quit\" ", "TOML 语法错误"),
    ])
    func mistakeNamesFileAndLine(line: String, reason: String) throws {
        let text = "[global]\n\"Ctrl-Q\" = { command = \"quit\", help = \"退出\" }\n\n\(line)\n\"y\" = \"help\"\n"
        let error = try #require(throws: KeymapError.self) {
            try Keymap.parse(text, file: "keymap.toml", knownCommands: Self.commands)
        }
        #expect(error.line == 4)
        #expect(error.message.hasPrefix("keymap.toml 第 4 行：\(reason)"), "\(error.message)")
    }

    @Test func withoutKnownCommandsAnyCommandIsAccepted() throws {
        let keymap = try Keymap.parse("[list]\nj = \"down\"\n", file: "k.toml")
        #expect(keymap.command(for: .char("j"), in: ["list"]) == "down")
    }

    @Test func aContextMustBeATable() throws {
        let error = try #require(throws: KeymapError.self) { try Keymap.parse("\nversion = 1\n", file: "k.toml") }
        #expect(error.message == "k.toml 第 2 行：\"version\" 应是一个上下文表，如 [global]")
    }

    @Test func noneIsAlwaysAcceptedAndBindsNothing() throws {
        let keymap = try Keymap.parse("[global]\nq = \"none\"\n", file: "k.toml", knownCommands: ["quit"])
        #expect(keymap.command(for: .char("q"), in: ["global"]) == nil)
        #expect(keymap.bindings(in: "global").isEmpty)
    }
}
