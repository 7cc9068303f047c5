import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The printable form of one visit (居民区走访记录（样张）): its text against a golden file, its
/// rules aligned by display width, and the dialog that shows it in the tab.
@Suite struct VisitSheetTests {
    /// A special-target visit whose reason is too long for one line of its cell.
    static let record = VisitRecord(
        id: 12, at: Fixtures.now.addingTimeInterval(300), workerID: 1, workerName: "王秀兰", householdID: 1, room: "12号楼301室",
        residentName: "张桂英", members: "独居，子女在外地", reason: "了解独居老人近况，检查燃气与电器使用安全，提醒天冷注意保暖，留下居委会值班电话",
        difficulty: "腿脚不便，希望有人代购药品", remark: "下周三再访", kind: .special)

    @Test func theTextIsThePaperFormsLayout() {
        Golden.assertText(VisitSheet.text(Self.record), named: "visit-sheet")
    }

    @Test func everyRuledLineHasTheTablesDisplayWidth() {
        let table = VisitSheet.lines(Self.record).filter { $0.hasPrefix("|") || $0.hasPrefix("+") }
        #expect(table.count >= 16)
        for line in table { #expect(DisplayWidth.of(line) == VisitSheet.width, "\(line)") }
        #expect(table.contains { $0.contains("2026 年 11 月 29 日 10 时 05 分") })
        #expect(table.contains { $0.contains("| 走访居民姓名 | 张桂英") && $0.contains("| 楼室号 | 12号楼301室") })
        #expect(table.contains { $0.contains("| 备注         | 走访类型：特殊对象走访") })
    }

    @Test func pOpensTheSelectedVisitsFormAndEscClosesIt() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        Fixtures.send([.down, .char("p")], to: &s)
        #expect(s.main?.visits.sheet?.record.id == 2)
        #expect(Fixtures.screenText(s).contains("居民区走访记录") && Fixtures.screenText(s).contains("居民2"))
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.visits.sheet == nil && s.main?.visits.screen == .month, "Esc closes the form, not the month list")
    }

    @Test func withoutAVisitPSaysToChooseOne() {
        var s = VisitFixtures.state(VisitFixtures.board([]))
        Fixtures.send([.char("p")], to: &s)
        #expect(s.main?.visits.sheet == nil)
        #expect(s.message?.text == "请先在列表中选中一条走访记录")
    }

    @Test func theDialogGolden() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        Fixtures.send([.char("p")], to: &s)
        Golden.assert(Fixtures.render(s), named: "visits-sheet")
    }
}

extension Golden {
    /// Compares `text` with `Snapshots/NAME.txt` (written anew with `BAISHIHUI_RECORD=1`).
    static func assertText(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["BAISHIHUI_RECORD"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name).txt: run with BAISHIHUI_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "text \(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
