import AppCore
import Foundation
import ScreenKit
import Testing

/// The shipped keymap and the user's file laid over it.
@Suite struct KeymapTests {
    @Test("the shipped keymap binds every command the program has, and only those")
    func shippedCoversCommands() {
        let keymap = AppKeymap.standard
        let bound = Set(KeyContext.allCases.flatMap { keymap.bindings(in: $0.rawValue).map(\.command) })
        #expect(bound == Set(Command.allCases.map(\.rawValue)))
    }

    @Test("the help names each tab key by its tab: key 1 is 首问接待, not 切换标签")
    func tabKeysNamedByTab() {
        var s = Fixtures.mainState()
        Fixtures.send([.char("?")], to: &s)
        var help: [String] = []
        for _ in 0..<8 {   // every page of the help, however long the main screen's keys grow
            help += Fixtures.screenText(s).split(separator: "\n").filter { $0.contains("│") }.map { $0.filter { !$0.isWhitespace } }
            Fixtures.send([.pageDown], to: &s)
        }
        for (key, tab) in zip(["1", "2", "3", "4", "5"], ["首问接待", "走访记录", "错时值班", "经费管理", "积分卡"]) {
            #expect(help.contains { $0.contains(key + tab) }, "key \(key) is described as \(tab)")
        }
        #expect(!help.contains { $0.contains("1切换标签") }, "\(Fixtures.screenText(s))")
    }

    @Test("a user file overrides one key and leaves the rest; none removes a key")
    func userOverride() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keymap-\(UUID()).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
        [main]
        "F2" = { command = "logout", help = "换人" }
        [global]
        "q" = "none"
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let keymap = try AppKeymap.load(userFile: path)
        #expect(keymap.command(for: .function(2), in: ["main", "global"]) == "logout")
        #expect(keymap.command(for: .char("q"), in: ["main", "global"]) == nil)
        #expect(keymap.command(for: .function(10), in: ["main", "global"]) == "quit")
    }

    @Test("the tabs with lists take the shared list keys; a user's key in a tab's own context still comes first")
    func listKeysShared() throws {
        for tab in [Tab.visits, .funds, .duty, .points] {
            let contexts = tab.keyContexts.map(\.rawValue)
            #expect(AppKeymap.standard.command(for: .home, in: contexts) == "first")
            #expect(AppKeymap.standard.command(for: .char("j"), in: contexts) == "down")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keymap-\(UUID()).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "[funds]\n\"Up\" = { command = \"ledger\", help = \"台账\" }\n".write(toFile: path, atomically: true, encoding: .utf8)
        let funds = (Tab.funds.keyContexts + [.main, .global]).map(\.rawValue)
        let keymap = try AppKeymap.load(userFile: path)
        #expect(keymap.command(for: .up, in: funds) == "ledger")
        #expect(keymap.command(for: .down, in: funds) == "down")
    }

    @Test("an unknown command in the user's file is refused with the file and line")
    func badUserFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keymap-\(UUID()).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "[main]\n\n\"x\" = { command = \"qiut\" }\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: KeymapError.self) { try AppKeymap.load(userFile: path) }
        do {
            _ = try AppKeymap.load(userFile: path)
        } catch {
            #expect(error.message.hasPrefix("\(path) 第 3 行"))
            #expect(error.message.contains("qiut"))
        }
    }

    @Test("no user file: the shipped keymap")
    func noUserFile() throws {
        #expect(try AppKeymap.load(userFile: "/nonexistent/keymap.toml") == AppKeymap.standard)
    }
}
