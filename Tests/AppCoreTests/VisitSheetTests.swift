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
        Golden.assert(text: VisitSheet.text(Self.record), named: "visit-sheet")
    }

    @Test func everyRuledLineHasTheTablesDisplayWidth() {
        let table = VisitSheet.lines(Self.record).filter { $0.hasPrefix("|") || $0.hasPrefix("+") }
        #expect(table.count >= 16)
        for line in table { #expect(DisplayWidth.of(line) == VisitSheet.width, "\(line)") }
        #expect(table.contains { $0.contains("2026 年 11 月 29 日 10 时 05 分") })
        #expect(table.contains { $0.contains("| 走访居民姓名 | 张桂英") && $0.contains("| 楼室号 | 12号楼301室") })
        #expect(table.contains { $0.contains("| 备注         | 走访类型：特殊对象走访") })
    }

    /// The record corrected: a new reason and difficulty, by the secretary the next morning.
    static let correction = {
        var fixed = record
        fixed.id = 15
        fixed.reason = "送慰问品，了解独居老人近况"
        fixed.difficulty = ""
        fixed.correction = VisitCorrection(corrects: 12, reason: "事由写错", byID: 1, byName: "王秀兰",
                                           at: Fixtures.now.addingTimeInterval(86_400))
        return fixed
    }()

    @Test func aCorrectionShowsWhatItChangedAndTheOriginalBelow() {
        var original = Self.record
        original.correctedBy = 15
        let lines = VisitSheet.lines(Self.correction, history: [original, Self.correction])
        Golden.assert(text: lines.joined(separator: "\n") + "\n", named: "visit-sheet-corrected")
        #expect(lines.contains { $0.hasPrefix("本记录更正第 12 号记录（王秀兰 于 2026-11-30 10:00 更正），理由：") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= VisitSheet.width }, "notes wrap inside the table's width")
        #expect(lines.contains("  · 困难或诉求：“腿脚不便，希望有人代购药品” → “”"))
        #expect(lines.contains("本记录已由第 15 号记录更正，以更正后的记录为准"))
        #expect(lines.filter { $0.contains("编号：") }.map { $0.trimmingCharacters(in: .whitespaces) } == ["编号：15", "编号：12"])
    }

    static func opened(_ s: inout AppState, _ visits: [VisitRecord], row: Int) -> [Effect] {
        let effects = Fixtures.send(Array(repeating: Key.down, count: row) + [.char("p")], to: &s)
        let record = visits[row]
        _ = AppUpdate.update(&s, .visits(.sheet([record], shown: record.id)))
        return effects
    }

    @Test func pOpensTheSelectedVisitsFormAndEscClosesIt() {
        let visits = VisitFixtures.visits(3)
        var s = VisitFixtures.state(VisitFixtures.board(visits))
        #expect(Self.opened(&s, visits, row: 1) == [.visits(.sheet(visitID: 2)), .noteViewed(ViewedRecord(.visit, 2), by: 1)])
        #expect(s.main?.visits.sheet?.record.id == 2)
        #expect(Fixtures.screenText(s).contains("居民区走访记录") && Fixtures.screenText(s).contains("居民2"))
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.visits.sheet == nil && s.main?.visits.screen == .month, "Esc closes the form, not the month list")
    }

    @Test func endHomeAndPageKeysScrollTheFormWithinItsLines() {
        let visits = VisitFixtures.visits(3)
        var s = VisitFixtures.state(VisitFixtures.board(visits))
        _ = Self.opened(&s, visits, row: 0)
        let last = s.main.map { VisitSheet.lines($0.visits.sheet!.record).count - 1 } ?? 0
        #expect(last > 10)
        Fixtures.send([.end], to: &s)
        #expect(s.main?.visits.sheet?.scroll == last)
        Fixtures.send([.down, .down], to: &s)
        #expect(s.main?.visits.sheet?.scroll == last, "↓ at the end stays there, so one ↑ moves at once")
        Fixtures.send([.up], to: &s)
        #expect(s.main?.visits.sheet?.scroll == last - 1)
        Fixtures.send([.home, .pageDown], to: &s)
        #expect(s.main?.visits.sheet?.scroll == 10)
    }

    @Test func withoutAVisitPSaysToChooseOne() {
        var s = VisitFixtures.state(VisitFixtures.board([]))
        Fixtures.send([.char("p")], to: &s)
        #expect(s.main?.visits.sheet == nil)
        #expect(s.message?.text == "请先在列表中选中一条走访记录")
    }

    @Test func theDialogGolden() {
        let visits = VisitFixtures.visits(3)
        var s = VisitFixtures.state(VisitFixtures.board(visits))
        _ = Self.opened(&s, visits, row: 0)
        Golden.assert(Fixtures.render(s), named: "visits-sheet")
    }
}
