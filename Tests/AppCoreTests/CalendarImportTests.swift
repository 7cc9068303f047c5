@testable import AppCore
@testable import AppRuntime
import DataFile
import Domain
import Foundation
import ScreenKit
import Testing

/// `baishihui calendar import` and `calendar --year`, the one loader (shipped ∪ the user's years),
/// and the notice at the first start of a day in December. Each test has a config folder of its
/// own; the 2027 lines are test data, not the State Council's notice.
@Suite struct CalendarImportTests {
    static let year2027 = "2027-01-01\t休\t元旦\n2027-01-02\t休\t元旦\n2027-01-03\t休\t元旦\n"
    static let today = LocalDate(year: 2026, month: 12, day: 5)!

    /// Paths under a new temporary folder (config and state there).
    static func paths() -> Paths {
        let home = NSTemporaryDirectory() + "calendar-\(UUID().uuidString)"
        return Paths(environment: ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state"])
    }

    static func add(_ text: String, _ paths: Paths, replace: Bool = false) throws(CalendarImport.Refusal) -> String {
        try CalendarImport.add(text, from: "notice.tsv", replace: replace, dryRun: false, paths: paths, today: today)
    }

    /// The due date the reception form fills in for a consultation on 2026-12-30 at 10:00.
    static func formDue(_ calendar: WorkingDayCalendar) throws -> String {
        let at = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 30)!).addingTimeInterval(10 * 3600)
        return ReceptionEditor.new(now: at, rules: try RuleBook.bundled(), calendar: calendar, keys: KeyNamer(keymap: AppKeymap.standard, contexts: KeyContext.whileTyping)).form["due"].text
    }

    // MARK: - Importing

    @Test func anImportedYearMovesTheReceptionDeadlineOverNewYear() throws {
        let paths = Self.paths()
        #expect(try Self.formDue(try ProgramCalendar.load(paths)) == "2027-01-04", "2027 unknown: Monday to Friday")
        let said = try Self.add(Self.year2027, paths)
        #expect(said.hasPrefix("已载入 2027 年：休 3 天、班 0 天。写入 \(paths.calendarDirectory)/2027.tsv"), "\(said)")
        let calendar = try ProgramCalendar.load(paths)
        #expect(calendar.covers(2027) && calendar.covers(2026), "the shipped years stay")
        #expect(try Self.formDue(calendar) == "2027-01-05")
        let mode = try FileManager.default.attributesOfItem(atPath: ProgramCalendar.file(year: 2027, paths))[.posixPermissions] as? Int
        #expect(mode == 0o600, "written through ExportFile.write, as every file the program writes")
    }

    @Test(arguments: [
        ("2027-01-01\t休\t元旦\n2026-12-31\t休\t元旦\n", "notice.tsv 第 2 行：日期 2026-12-31 不在 2027 年"),
        ("2027-01-01\t休\t元旦\n2027-01-01\t班\t元旦\n", "notice.tsv 第 2 行：日期 2027-01-01 不能既是休又是班"),
        ("2027-01-01\t放假\t元旦\n", "notice.tsv 第 1 行：类型“放假”无效"),
    ])
    func aBadFileIsRefusedWithItsLineAndChangesNothing(text: String, message: String) throws {
        let paths = Self.paths()
        _ = try Self.add("2027-01-01\t休\t元旦\n", paths)
        let before = try String(contentsOfFile: ProgramCalendar.file(year: 2027, paths), encoding: .utf8)
        let refusal = try #require(throws: CalendarImport.Refusal.self) { try Self.add(text, paths, replace: true) }
        #expect(refusal.message.hasPrefix(message) && refusal.message.hasSuffix("未写入任何数据"), "\(refusal.message)")
        #expect(try String(contentsOfFile: ProgramCalendar.file(year: 2027, paths), encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: paths.calendarDirectory) == ["2027.tsv"])
    }

    @Test func aLoadedYearIsReplacedOnlyWhenAsked() throws {
        let paths = Self.paths()
        let shipped = try #require(throws: CalendarImport.Refusal.self) { try Self.add("2026-01-01\t休\t元旦\n", paths) }
        #expect(shipped.message.hasPrefix("2026 年已载入（随程序提供）；要以此文件取代，加 --replace"))
        #expect(!FileManager.default.fileExists(atPath: paths.calendarDirectory))
        _ = try Self.add(Self.year2027, paths)
        let again = try #require(throws: CalendarImport.Refusal.self) { try Self.add("2027-01-01\t休\t元旦\n", paths) }
        #expect(again.message.hasPrefix("2027 年已载入（导入：\(paths.calendarDirectory)/2027.tsv）"))
        #expect(try Self.add("2027-01-01\t休\t元旦\n", paths, replace: true).contains("取代了导入："))
        #expect(try ProgramCalendar.load(paths).isWorkingDay(LocalDate(year: 2027, month: 1, day: 2)!) == false, "a Saturday still")
        #expect(try ProgramCalendar.load(paths).holidays[LocalDate(year: 2027, month: 1, day: 2)!] == nil)
    }

    @Test func aBrokenFileInTheFolderStopsTheLoaderWithItsLine() throws {
        let paths = Self.paths()
        try FileManager.default.createDirectory(atPath: paths.calendarDirectory, withIntermediateDirectories: true)
        try "2027-01-01\t休\t元旦\n2027-01-01\t班\t元旦\n".write(toFile: paths.calendarDirectory + "/2027.tsv", atomically: true, encoding: .utf8)
        let error = try #require(throws: DataFileError.self) { try ProgramCalendar.load(paths) }
        #expect(error.message.hasPrefix("\(paths.calendarDirectory)/2027.tsv 第 2 行："))
        try "2028-01-01\t休\t元旦\n".write(toFile: paths.calendarDirectory + "/2027.tsv", atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try ProgramCalendar.load(paths) }
    }

    @Test func countsIntoAnUnloadedYearSaySo() throws {
        let paths = Self.paths(), shipped = try ProgramCalendar.load(paths), january = Month(year: 2027, month: 1)!
        #expect(DutyText.filled(january, 20, 0, calendar: shipped).hasSuffix("；2027 年节假日未载入，按周一至周五计算"))
        let at = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 30)!)
        let draft = ReceptionDraft(at: at, residentName: "", room: "", category: "", question: "", outcome: .awaitingReply,
                                   replyDue: ReplyDeadline.due(after: LocalDate(year: 2026, month: 12, day: 30)!, calendar: shipped,
                                                               rules: try RuleBook.bundled().rules(on: Self.today)))
        #expect(ReceptionImportCommand.calendarNote([draft], shipped)?.contains("1 条记录") == true)
        _ = try Self.add(Self.year2027, paths)
        let added = try ProgramCalendar.load(paths)
        #expect(!DutyText.filled(january, 20, 0, calendar: added).contains("未载入"))
        #expect(ReceptionImportCommand.calendarNote([draft], added) == nil)
    }

    // MARK: - calendar --year

    @Test func aCoveredYearListsItsHolidays() throws {
        let text = try CalendarReport.text(year: 2026, paths: Self.paths())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "2026 年：已载入（随程序提供）")
        #expect(lines.contains { $0.hasPrefix("  元旦") && $0.hasSuffix("休 01-01 至 01-03（3 天）；班 01-04 周日") }, "\(lines)")
        #expect(lines.last == "已载入的年份：2017–2026 年（随程序提供）")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines)")
    }

    @Test func anUncoveredYearSaysHowToAddIt() throws {
        let paths = Self.paths()
        let text = try CalendarReport.text(year: 2027, paths: paths)
        #expect(text.hasPrefix("2027 年：未载入节假日安排\n"))
        #expect(text.contains("按周一至周五为工作日计算") && text.contains("baishihui calendar import 文件"))
        _ = try Self.add(Self.year2027, paths)
        let after = try CalendarReport.text(year: 2027, paths: paths)
        #expect(after.hasPrefix("2027 年：已载入（导入：\(paths.calendarDirectory)/2027.tsv）"))
        #expect(after.hasSuffix("已载入的年份：2017–2026 年（随程序提供）、2027 年（导入）\n"))
    }

    @Test func theVersionSaysTheRulesAndTheCalendarsLastYear() {
        let lines = BaishihuiCommand.versionText.split(separator: "\n")
        #expect(lines.first == "百事汇 \(BaishihuiCommand.version)")
        #expect(lines.contains { $0.hasPrefix("规则集：putuo-") })
        #expect(lines.contains { $0.hasPrefix("节假日日历：载入到 20") })
    }

    // MARK: - The notice at start

    @Test func theNoticeIsShownOnceADayInDecemberWhenNextYearIsMissing() throws {
        let paths = Self.paths(), shipped = try ProgramCalendar.load(paths)
        #expect(CalendarNotice.atStart(shipped, today: LocalDate(year: 2026, month: 11, day: 30)!, paths: paths) == nil)
        let notice = try #require(CalendarNotice.atStart(shipped, today: Self.today, paths: paths))
        #expect(notice.hasPrefix("2027 年节假日安排尚未载入"))
        #expect(CalendarNotice.atStart(shipped, today: Self.today, paths: paths) == nil, "once a day")
        #expect(CalendarNotice.atStart(shipped, today: Self.today.adding(days: 1), paths: paths) != nil, "and again the next day")
        _ = try Self.add(Self.year2027, paths)
        #expect(CalendarNotice.atStart(try ProgramCalendar.load(paths), today: Self.today.adding(days: 2), paths: paths) == nil)
    }

    @Test("the notice is on the login screen whole at 80×24")
    func theNoticeWrapsAt80x24() throws {
        var state = Fixtures.loginState()
        let notice = try #require(WorkingDayCalendar.bundled().nextYearNotice(today: Self.today))
        state.message = .init(notice, .warning)
        let lines = Fixtures.render(state).textLines()
        let squeezed = { (s: String) in s.filter { !$0.isWhitespace } }
        #expect(lines.map(squeezed).joined().contains(squeezed(notice)), "\(lines)")
    }
}
