import Testing
@testable import ScreenKit

/// A user's keymap laid over the shipped one: change, add, remove, per context.
@Suite struct KeymapOverrideTests {
    private let shipped = try! Keymap.parse("""
        [global]
        "q" = { command = "quit", help = "退出" }
        "F1" = { command = "help", help = "帮助" }
        "1" = { command = "tab1", help = "首问接待" }

        [list]
        "j" = { command = "down", help = "下移" }
        "k" = { command = "up", help = "上移" }
        """, file: "keymap.toml")

    @Test func aUserBindingReplacesTheCommandInPlace() throws {
        let user = try Keymap.parse("[global]\nF1 = { command = \"tab1\", help = \"第一页\" }\n", file: "user.toml")
        let merged = shipped.overridden(by: user)
        #expect(merged.bindings(in: "global").map(\.key) == [.char("q"), .function(1), .char("1")])
        #expect(merged.bindings(in: "global")[1] == .init(key: .function(1), command: "tab1", help: "第一页"))
        #expect(merged.command(for: .function(1), in: ["global"]) == "tab1")
    }

    @Test func aNewKeyIsAddedAtTheEndAndBorrowsTheCommandsHelp() throws {
        let user = try Keymap.parse("[global]\n\"Ctrl-X\" = \"quit\"\n", file: "user.toml")
        let merged = shipped.overridden(by: user)
        #expect(merged.bindings(in: "global").last == .init(key: .ctrl("x"), command: "quit", help: "退出"))
        #expect(merged.keys(for: "quit", in: ["global"]) == [.char("q"), .ctrl("x")])
    }

    @Test func noneRemovesAKeyFromThatContextOnly() throws {
        let user = try Keymap.parse("[global]\nq = \"none\"\n[list]\nj = \"none\"\n", file: "user.toml")
        let merged = shipped.overridden(by: user)
        #expect(merged.command(for: .char("q"), in: ["list", "global"]) == nil)
        #expect(merged.bindings(in: "global").map(\.command) == ["help", "tab1"])
        #expect(merged.bindings(in: "list").map(\.key) == [.char("k")])
    }

    @Test func aNewContextIsAdded() throws {
        let user = try Keymap.parse("[form]\nTab = { command = \"nextField\", help = \"下一项\" }\n", file: "user.toml")
        let merged = shipped.overridden(by: user)
        #expect(merged.contexts == ["global", "list", "form"])
        #expect(merged.command(for: .tab, in: ["form", "global"]) == "nextField")
    }

    @Test func anEmptyOverrideChangesNothing() throws {
        #expect(shipped.overridden(by: Keymap()) == shipped)
        #expect(shipped.overridden(by: try Keymap.parse("", file: "user.toml")) == shipped)
    }

    @Test func helpForACommandComesFromAnyContext() {
        #expect(shipped.help(for: "down") == "下移")
        #expect(shipped.help(for: "missing") == "")
    }
}
