import DataFile
import Foundation
import Testing
@testable import Domain

/// A year added from a file (`CalendarYear`), what the calendar says about years it does not
/// know, and a reply deadline over 元旦 2027 before and after the year is added. The 2027 lines
/// here are test data, not the State Council's notice.
@Suite struct CalendarYearTests {
    static let year2027 = "# 测试用\n2027-01-01\t休\t元旦\n2027-01-02\t休\t元旦\n2027-01-03\t休\t元旦\n2027-02-06\t班\t春节\n"

    static func refusal(_ text: String) -> String? {
        do {
            _ = try CalendarYear.parse(text, file: "2027.tsv")
            return nil
        } catch {
            return error.message
        }
    }

    // MARK: - Reading a year

    @Test func aYearFileIsReadInDateOrder() throws {
        let year = try CalendarYear.parse("2027-02-06\t班\t春节\n2027-01-03\t休\t元旦\n2027-01-01\t休\t元旦\n2027-01-02\t休\t元旦",
                                          file: "2027.tsv")
        #expect(year.year == 2027)
        #expect(year.lines.map(\.date.iso) == ["2027-01-01", "2027-01-02", "2027-01-03", "2027-02-06"])
        #expect(year.days.holidays.count == 3 && year.days.makeUpWorkdays.count == 1)
        let written = year.fileText(from: "notice.tsv", on: Fixtures.day("2026-12-05"))
        let reread = try CalendarYear.parse(written, file: "2027.tsv")
        #expect(reread.days == year.days && reread.lines.map(\.text) == year.lines.map(\.text), "the stored file reads back as the same year")
        #expect(written.hasPrefix("# 2027 年节假日安排：2026-12-05 由 baishihui calendar import 从 notice.tsv 导入\n"))
    }

    @Test(arguments: [
        ("2027-01-01\t休\t元旦\n\n2028-01-01\t休\t元旦\n", "2027.tsv 第 3 行：日期 2028-01-01 不在 2027 年：一个文件只载入一年（以第一个日期的年份为准）"),
        ("2027-01-01\t休\t元旦\n2027-01-01\t班\t元旦\n", "2027.tsv 第 2 行：日期 2027-01-01 不能既是休又是班（第 1 行写的是休）"),
        ("2027-01-01\t休\t元旦\n2027-01-01\t休\t元旦\n", "2027.tsv 第 2 行：日期 2027-01-01 重复出现（第 1 行已写过）"),
        ("2027-01-01\t假\t元旦\n", "2027.tsv 第 1 行：类型“假”无效：只能是 休（节假日）或 班（调休上班）"),
        ("2027-02-30\t休\t春节\n", "2027.tsv 第 1 行：日期“2027-02-30”无效，应写成 2026-10-01"),
        ("2027-01-04\t班\t元旦\n", "2027.tsv 第 1 行：2027-01-04 是星期一：班（调休上班）只用于周六、周日"),
        ("# 只有注释\n\n", "2027.tsv：文件中没有日期行："),
    ])
    func aBadYearIsRefusedWithItsLine(text: String, message: String) {
        let refusal = Self.refusal(text)
        #expect(refusal?.hasPrefix(message) == true, "\(refusal ?? "accepted")")
    }

    // MARK: - Adding it to the calendar

    @Test func aYearReplacesOnlyItsOwnDays() throws {
        let shipped = Fixtures.calendar
        let replaced = shipped.replacing(try CalendarYear.parse("2026-01-01\t休\t元旦\n", file: "2026.tsv"))
        #expect(replaced.kind(of: Fixtures.day("2026-01-02")) == .working, "the shipped 2026 days are gone")
        #expect(replaced.kind(of: Fixtures.day("2026-01-01")) == .holiday("元旦"))
        #expect(replaced.kind(of: Fixtures.day("2025-10-01")) == shipped.kind(of: Fixtures.day("2025-10-01")))
        let added = shipped.replacing(try CalendarYear.parse(Self.year2027, file: "2027.tsv"))
        #expect(added.covers(2027) && added.lastCoveredYear == 2027 && shipped.lastCoveredYear == 2026)
    }

    @Test func aReplyDeadlineOverNewYear2027MovesWhenTheYearIsAdded() throws {
        let day = Fixtures.day("2026-12-30")   // a Wednesday; 3 working days by the shipped rules
        let before = ReplyDeadline.explain(after: day, calendar: Fixtures.calendar, rules: Fixtures.rules)
        #expect(ReplyDeadline.due(after: day, calendar: Fixtures.calendar, rules: Fixtures.rules).iso == "2027-01-04")
        #expect(before.message.contains("2027 年节假日未载入，按周一至周五计算"), "\(before.message)")
        #expect(before.severity == .warning)
        let added = Fixtures.calendar.replacing(try CalendarYear.parse(Self.year2027, file: "2027.tsv"))
        let after = ReplyDeadline.explain(after: day, calendar: added, rules: Fixtures.rules)
        #expect(ReplyDeadline.due(after: day, calendar: added, rules: Fixtures.rules).iso == "2027-01-05")
        #expect(!after.message.contains("未载入") && after.severity == .ok, "\(after.message)")
    }

    // MARK: - Years it does not know

    @Test func theNoteNamesEveryUnknownYear() {
        let calendar = Fixtures.calendar
        #expect(calendar.uncoveredNote(from: Fixtures.day("2026-12-01"), through: Fixtures.day("2026-12-31")) == nil)
        #expect(calendar.uncoveredNote(from: Fixtures.day("2026-12-30"), through: Fixtures.day("2028-01-03"))
                == "2027、2028 年节假日未载入，按周一至周五计算")
        #expect(calendar.uncoveredYears(from: Fixtures.day("2027-01-02"), through: Fixtures.day("2027-01-01")).isEmpty)
    }

    @Test(arguments: [("2026-11-30", false), ("2026-12-01", true), ("2026-12-31", true), ("2027-01-05", false)])
    func theNoticeComesFromTheFirstOfDecember(day: String, shown: Bool) {
        let notice = Fixtures.calendar.nextYearNotice(today: Fixtures.day(day))
        #expect((notice != nil) == shown)
        if let notice { #expect(notice.hasPrefix("2027 年节假日安排尚未载入") && notice.contains(CalendarText.importCommand)) }
    }

    @Test func noNoticeOnceNextYearIsLoaded() throws {
        let added = Fixtures.calendar.replacing(try CalendarYear.parse(Self.year2027, file: "2027.tsv"))
        #expect(added.nextYearNotice(today: Fixtures.day("2026-12-05")) == nil)
        #expect(added.nextYearNotice(today: Fixtures.day("2027-12-01")) != nil, "and it comes back for 2028")
    }
}
