import Foundation
import Testing
@testable import ScreenKit

/// `Theme.resolve`: `--theme NAME|PATH`, the user's config folder, `NO_COLOR`.
@Suite struct ThemeResolveTests {
    /// A fresh config folder with `themes/NAME.toml` files in it.
    private func configDirectory(_ themes: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("screenkit-themes-\(UUID().uuidString)")
        let themesDirectory = directory.appendingPathComponent("themes")
        try FileManager.default.createDirectory(at: themesDirectory, withIntermediateDirectories: true)
        for (name, text) in themes {
            try text.write(to: themesDirectory.appendingPathComponent("\(name).toml"), atomically: true, encoding: .utf8)
        }
        return directory.path
    }

    private func themeText(name: String, normal: String) -> String {
        "[theme]\nname = \"\(name)\"\n[roles]\nnormal = \(normal)\n"
    }

    // MARK: - Names

    @Test func noNameGivesTheDefaultTheme() throws {
        let theme = try Theme.resolve(nameOrPath: nil, configDirectory: nil, noColor: false)
        #expect(theme == (try BuiltinThemes.theme(named: "default")))
    }

    @Test func aBuiltinNameGivesThatTheme() throws {
        let theme = try Theme.resolve(nameOrPath: "high-contrast", configDirectory: "/nonexistent", noColor: false)
        #expect(theme.name == "high-contrast")
        #expect(theme.usesColor)
    }

    @Test func aUserThemeOverridesTheBuiltinOfTheSameName() throws {
        let directory = try configDirectory(["default": themeText(name: "mine", normal: "{ fg = \"green\" }")])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let theme = try Theme.resolve(nameOrPath: "default", configDirectory: directory, noColor: false)
        #expect(theme.name == "mine")
        #expect(theme.style(for: .normal).foreground == .named(2))
    }

    @Test func anUnknownNameListsTheAvailableOnes() throws {
        let directory = try configDirectory(["office": themeText(name: "office", normal: "{}")])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = try #require(throws: ThemeError.self) {
            try Theme.resolve(nameOrPath: "solarized", configDirectory: directory, noColor: false)
        }
        #expect(error.message == "未知的主题 \"solarized\"（可用的主题：default、high-contrast、mono、office）")
    }

    // MARK: - Paths

    @Test func aPathIsReadFromDisk() throws {
        let directory = try configDirectory(["x": themeText(name: "from-path", normal: "{ bg = \"cyan\" }")])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let theme = try Theme.resolve(nameOrPath: "\(directory)/themes/x.toml", configDirectory: nil, noColor: false)
        #expect(theme.name == "from-path")
        #expect(theme.style(for: .label).background == .named(6))
    }

    @Test func aMissingPathAndABadFileNameThePath() throws {
        let missing = try #require(throws: ThemeError.self) {
            try Theme.resolve(nameOrPath: "/nonexistent/x.toml", configDirectory: nil, noColor: false)
        }
        #expect(missing.message == "/nonexistent/x.toml：找不到主题文件")
        let directory = try configDirectory(["bad": "[theme]\nname = \"bad\"\n[roles]\nnormal = { fg = \"pink\" }\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/themes/bad.toml"
        let bad = try #require(throws: ThemeError.self) { try Theme.resolve(nameOrPath: path, configDirectory: nil, noColor: false) }
        #expect(bad.message.hasPrefix("\(path) 第 4 行：无效的颜色 \"pink\""))
    }

    // MARK: - NO_COLOR

    @Test func noColorWithoutANameGivesMono() throws {
        let theme = try Theme.resolve(nameOrPath: nil, configDirectory: nil, noColor: true)
        #expect(theme.name == "mono")
        #expect(!theme.usesColor)
        #expect(theme.style(for: .listSelected) == TextStyle(bold: true, reverse: true))
    }

    @Test func noColorWithANamedThemeDropsItsColours() throws {
        let theme = try Theme.resolve(nameOrPath: "default", configDirectory: nil, noColor: true)
        #expect(theme.name == "default")
        #expect(!theme.usesColor)
        #expect(theme.style(for: .fieldError) == TextStyle(bold: true))
    }

    @Test func pathsAndNamesAreToldApart() {
        #expect(Theme.isPath("./mine"))
        #expect(Theme.isPath("mine.toml"))
        #expect(!Theme.isPath("high-contrast"))
    }
}
