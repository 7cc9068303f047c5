import AppRuntime
import DataFile
import Testing

/// The user's `config.toml`: what it sets, and that every mistake names the file and the line.
@Suite struct ConfigTests {
    @Test func readsTheTheme() throws {
        let config = try Config.parse("# mine\ntheme = \"mono\"\n", file: "config.toml")
        #expect(config == Config(theme: "mono"))
        #expect(try Config.parse("", file: "config.toml") == Config())
    }

    @Test func readsHowManyDailyBackupsToKeep() throws {
        #expect(try Config.parse("backup_days = 30\n", file: "config.toml") == Config(backupDays: 30))
        #expect(try Config.parse("backup_days = 0\n", file: "config.toml").backupDays == 0)
        let error = try #require(throws: DataFileError.self) { try Config.parse("backup_days = -1\n", file: "config.toml") }
        #expect(error.message.hasPrefix("config.toml 第 1 行：backup_days 须为 0–366 的整数"), "\(error.message)")
    }

    @Test func theMouseIsOnUnlessTurnedOff() throws {
        #expect(try Config.parse("", file: "config.toml").mouse)
        #expect(try Config.parse("mouse = false\n", file: "config.toml").mouse == false)
        let error = try #require(throws: DataFileError.self) { try Config.parse("mouse = \"no\"\n", file: "config.toml") }
        #expect(error.message.hasPrefix("config.toml 第 1 行：mouse 须为 true 或 false"), "\(error.message)")
    }

    @Test func aMissingFileIsAnEmptyConfig() throws {
        #expect(try Config.load(path: "/nonexistent/config.toml") == Config())
    }

    @Test(arguments: [
        ("theme = 3\n", "config.toml 第 1 行：theme 须为字符串"),
        ("\n\nthemes = \"mono\"\ntheme = \"mono\"\n", "config.toml 第 3 行：未知的设置项“themes”（可用：theme、idle_lock_seconds、backup_days、mouse）"),
        ("zzz = 1\n[aaa]\n", "config.toml 第 1 行：未知的设置项“zzz”（可用：theme、idle_lock_seconds、backup_days、mouse）"),
        ("theme = \n", "config.toml 第 1 行：TOML 语法错误："),
    ])
    func aMistakeNamesTheFileAndLine(text: String, message: String) throws {
        let error = try #require(throws: DataFileError.self) { try Config.parse(text, file: "config.toml") }
        #expect(error.message.hasPrefix(message), "\(error.message)")
    }
}
