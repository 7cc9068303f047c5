import AppRuntime
import Testing

/// Where the program keeps its files: the XDG variables, else the home folder's defaults.
@Suite struct PathsTests {
    @Test("XDG variables pick the folders; a relative one is ignored; NO_COLOR is read")
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
