import Testing
@testable import AppRuntime

/// The progress line long commands draw on a terminal: what, how far where it counts, the seconds.
@Suite struct ProgressLineTests {
    @Test("pages done of how many, grouped by thousands, then the seconds so far")
    func counted() {
        #expect(ProgressLine.text(step: "复制备份", done: 18_432, total: 19_455, unit: "页", seconds: 3) == "复制备份：18,432/19,455 页  3 秒")
    }

    @Test("a step that cannot count says only what it is doing and for how long")
    func uncounted() {
        #expect(ProgressLine.text(step: "检查备份", done: 0, total: 0, unit: "", seconds: 12) == "检查备份……  12 秒")
    }

    @Test("without a terminal on standard error the work runs with no line and its value comes back")
    func noTerminal() throws {
        let value = ProgressLine.during("导入", terminal: false) { line in line == nil ? 42 : -1 }
        #expect(value == 42)
    }
}
