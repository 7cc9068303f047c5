@testable import AppRuntime
import Testing

/// The user's config.toml and the XDG paths.
@Suite struct ConfigTests {
    @Test func themeIsRead() throws {
        #expect(try Config.parse("theme = \"high-contrast\"\n", file: "config.toml").theme == "high-contrast")
        #expect(try Config.parse("", file: "config.toml").theme == nil)
    }

    @Test("an unknown key names the file and its line")
    func unknownKey() {
        #expect {
            try Config.parse("# 设置\n\ncolour = \"red\"\n", file: "/x/config.toml")
        } throws: { error in
            "\(error)" == "/x/config.toml 第 3 行：未知的设置项“colour”（可用：theme）"
        }
    }

    @Test("XDG variables pick the folders; without them the home folder's defaults")
    func paths() {
        let xdg = Paths(environment: ["HOME": "/home/w", "XDG_DATA_HOME": "/d", "XDG_CONFIG_HOME": "/c"])
        #expect(xdg.defaultDatabase == "/d/baishihui/baishihui.sqlite")
        #expect(xdg.keymapFile == "/c/baishihui/keymap.toml")
        let plain = Paths(environment: ["HOME": "/home/w", "XDG_DATA_HOME": "relative"])
        #expect(plain.defaultDatabase == "/home/w/.local/share/baishihui/baishihui.sqlite")
        #expect(plain.configFile == "/home/w/.config/baishihui/config.toml")
        #expect(!plain.noColor)
        #expect(Paths(environment: ["NO_COLOR": "1"]).noColor)
    }
}
