import Foundation
import Testing
@testable import ScreenKit

/// The shipped themes: the compiled-in copies match `themes/`, and each theme is usable.
@Suite struct BuiltinThemesTests {
    /// The repository's `themes/` folder, found from this file's path.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    // MARK: - No drift between themes/ and the binary

    @Test func theCompiledInThemesAreTheFilesInThemes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files == ["default.toml", "high-contrast.toml", "mono.toml"])
        #expect(BuiltinThemes.names == files.map { String($0.dropLast(5)) })
        for file in files {
            let text = try String(contentsOf: Self.themesDirectory.appendingPathComponent(file), encoding: .utf8)
            let name = String(file.dropLast(5))
            #expect(BuiltinThemes.sources[name] == text, "run scripts/gen-builtin-themes after editing themes/\(file)")
        }
    }

    // MARK: - Each shipped theme

    @Test(arguments: ["default", "high-contrast", "mono"])
    func shippedThemeParsesAndCoversEveryRole(name: String) throws {
        let theme = try #require(try BuiltinThemes.theme(named: name))
        #expect(theme.name == name)
        let missing = StyleRole.known.filter { theme.styles[$0] == nil }
        #expect(missing.isEmpty, "\(name) leaves out \(missing)")
    }

    @Test func defaultShowsErrorsInRedAndSelectionApart() throws {
        let theme = try #require(try BuiltinThemes.theme(named: "default"))
        #expect(theme.usesColor)
        #expect(theme.style(for: .fieldError).background == .named(1))
        #expect(theme.style(for: .listSelected) != theme.style(for: .listRow))
        #expect(theme.style(for: .tabActive) != theme.style(for: .tabInactive))
    }

    @Test func monoHasNoColourYetShowsFocusAndSelection() throws {
        let theme = try #require(try BuiltinThemes.theme(named: "mono"))
        #expect(!theme.usesColor)
        for role in StyleRole.known {
            #expect(theme.styles[role]?.foreground == nil && theme.styles[role]?.background == nil, "\(role)")
        }
        #expect(theme.style(for: .fieldFocused) != theme.style(for: .field))
        #expect(theme.style(for: .listSelected) != theme.style(for: .listRow))
        #expect(theme.style(for: .tabActive) != theme.style(for: .tabInactive))
        #expect(theme.style(for: .fieldError) != theme.style(for: .field))
    }

    @Test func anUnknownBuiltinNameIsNil() throws {
        #expect(try BuiltinThemes.theme(named: "solarized") == nil)
    }
}
