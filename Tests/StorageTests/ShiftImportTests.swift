import Domain
import Foundation
import Testing
@testable import Storage

/// `import shifts`: a roster with sign-ins, all or nothing, each bad row named by its line.
@Suite struct ShiftImportTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    init() throws { fixture = try DatabaseFixture() }

    static let header = "日期,开始时间,结束时间,班次类型,值班人,签到时间,签退时间\n"

    @Test func everyBadRowIsReportedWithItsLine() {
        let text = Self.header + "2026-11-03,17:00,20:00,工作日晚间,李明,17:05,20:00\n2026-11-3x,17:00,20:00,双休日,李明,,\n"
            + "2026-11-04,17:00,16:00,工作日晚间,李明,,\n2026-11-05,17:00,20:00,晚班,李明,,\n2026-11-06,17:00,20:00,双休日,李明,,18:00\n"
        guard case .failure(let failure) = ShiftImport.parse(text) else { Issue.record("should be refused"); return }
        #expect(failure.problems.map(\.line) == [3, 4, 5, 6])
        #expect(failure.problems[0].message == "日期“2026-11-3x”无效，应写成 YYYY-MM-DD")
        #expect(failure.problems[1].message == "结束时间 16:00 应晚于开始时间 17:00")
        #expect(failure.problems[2].message == "班次类型“晚班”无效：只能是 工作日晚间、双休日、节假日")
        #expect(failure.problems[3].message == "有签退时间却没有签到时间")
    }

    @Test func aGoodFileImportsShiftsAndSignInsOrNothingAtAll() throws {
        let db = fixture.database
        _ = try db.addWorker("李明", by: fixture.admin)
        let good = try ShiftImport.parse("\u{FEFF}" + Self.header + "2026-11-03,17:00,20:00,工作日晚间,李明、王书记,17:05,20:00\n"
                                         + "2026-11-07,09:00,12:00,双休日,李明,,\n").get()
        let unknown = try ShiftImport.parse(Self.header + "2026-11-10,17:00,20:00,工作日晚间,张三,,\n").get()
        #expect(throws: StaffImportFailure.self) { try db.importShifts(good + unknown, rules: rules, by: fixture.admin.id, at: Fixture.start, dryRun: false) }
        #expect(try db.dutyRoster(Month(year: 2026, month: 11)!).shifts.isEmpty)
        #expect(try db.importShifts(good, rules: rules, by: fixture.admin.id, at: Fixture.start, dryRun: false) == 2)
        let shifts = try db.dutyRoster(Month(year: 2026, month: 11)!).shifts
        #expect(shifts[0].assignments.map(\.workerName) == ["李明", "王书记"])
        #expect(Attendance.status(shifts[0].assignments[0], on: shifts[0], now: shifts[0].endInstant, rules: rules) == .worked)
    }

    // MARK: - Issue 17 item 10 and "Smaller"

    @Test("a sign or an empty 开始时间 is refused, never read as another time", arguments: [
        ("-1:00", "18:00", "开始时间“-1:00”无效"), ("", "18:00-20:00", "开始时间“”无效"), ("+9:00", "12:00", "开始时间“+9:00”无效"),
        ("17:00", "-20:00", "结束时间“-20:00”无效"),
    ])
    func shiftTimesAreReadColumnByColumn(_ start: String, _ end: String, _ message: String) throws {
        let text = Self.header + "2026-11-03,\(start),\(end),工作日晚间,李明,,\n"
        let failure = try #require(ShiftImport.parse(text).failureValue)
        #expect(failure.problems.map(\.line) == [2])
        #expect(failure.problems[0].message.hasPrefix(message))
    }

    @Test func aShortRowIsToldTheRostersColumnsNotTheStaffFiles() throws {
        let failure = try #require(ShiftImport.parse(Self.header + "2026-11-03,17:00,20:00\n").failureValue)
        #expect(failure.problems[0].message == "本行应有 7 列：日期,开始时间,结束时间,班次类型,值班人,签到时间,签退时间")
    }

    @Test func aMegabyteFieldIsRefusedWithoutEchoingIt() throws {
        let big = String(repeating: "班", count: 1_000_000)
        let failure = try #require(ShiftImport.parse(Self.header + "2026-11-03,\(big),20:00,工作日晚间,李明,,\n").failureValue)
        #expect(failure.problems[0].message == "第 2 列“开始时间”不能超过 500 个字（本程序取值），现有 1000000 个字")
    }

    @Test func aShiftBeforeTheStandardsYearIsRefused() throws {
        let failure = try #require(ShiftImport.parse(Self.header + "0000-01-01,17:00,20:00,工作日晚间,李明,,\n").failureValue)
        #expect(failure.problems[0].message.contains("早于 2017-01-01"))
    }
}

extension Result {
    /// The failure, or nil.
    var failureValue: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}
