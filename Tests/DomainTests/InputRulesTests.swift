import DataFile
import Foundation
import Testing
@testable import Domain

/// Phone numbers (联系电话): a mainland mobile or a Shanghai landline, 本程序取值.
@Suite struct PhoneRuleTests {
    @Test(arguments: ["13812341234", "138-1234-1234", "6254 1234", "021-6254 1234", "02162541234"])
    func mainlandNumbersAreAccepted(_ text: String) {
        #expect(Phone.validate(text).isSuccess)
    }

    @Test(arguments: ["138123412345678", "1381234123", "23812341234", "0216254123", "01062541234", "12345678"])
    func otherNumbersAreRefused(_ text: String) {
        #expect(Phone.validate(text).isFailure)
    }
}

/// Issue 17 item 10: a shift's times read as written, a sign or a missing part refused.
@Suite struct ShiftTimeTests {
    @Test(arguments: ["-1:00", "+9:00", "9:0", "24:00", "", "1:00:00"])
    func malformedTimesAreRefused(_ text: String) {
        #expect(ClockTime(text: text) == nil)
    }

    @Test(arguments: ["-1:00-18:00", "-18:00-20:00", "17:00-", "17:00--20:00"])
    func spansMissingAPartAreRefused(_ text: String) {
        #expect(TimeSpan.parse(text).isFailure)
    }

    @Test func wellWrittenSpansStillRead() throws {
        #expect(try TimeSpan.parse("17:00-20:00").get().description == "17:00-20:00")
        #expect(try TimeSpan.parse("9:30至11:30").get().description == "09:30-11:30")
    }
}

/// Issue 17 item 5: dates from the committee's first year (or 2017) to today.
@Suite struct RecordDatesTests {
    let today = LocalDate(year: 2026, month: 12, day: 2)!

    @Test func theStandardsYearIsTheFloorWithoutACommitteeYear() throws {
        let year0 = try #require(RecordDates.problem(LocalDate(iso: "0000-01-01")!, label: "申请日期", today: today))
        #expect(year0.message.hasPrefix("申请日期 0000-01-01 早于 2017-01-01"))
        #expect(RecordDates.problem(LocalDate(iso: "2019-05-01")!, label: "申请日期", today: today) == nil)
        #expect(RecordDates.problem(LocalDate(iso: "2019-05-01")!, label: "申请日期", today: today, firstYear: 2026) != nil)
        #expect(RecordDates.problem(LocalDate(iso: "2026-12-03")!, label: "申请日期", today: today)?.message.contains("晚于今天") == true)
    }

    @Test func pointsMonthsInTheFutureAreRefused() {
        let now = Month(year: 2026, month: 12)!
        #expect(RecordDates.problem(Month(year: 2027, month: 1)!, label: "积分月份", thisMonth: now) != nil)
        #expect(RecordDates.problem(Month(year: 2026, month: 12)!, label: "积分月份", thisMonth: now) == nil)
        #expect(RecordDates.problem(Month(year: 2016, month: 12)!, label: "积分月份", thisMonth: now) != nil)
    }

    @Test func aVisitBeforeTheStandardIsRefused() {
        let now = ShanghaiCalendar.startOfDay(today)
        #expect(VisitTime.parse("2016-12-31 10:00", now: now).isFailure)
        #expect(VisitTime.parse("2026-11-29 10:00", now: now).isSuccess)
    }
}

/// Issue 17 item 3 for the policy library: a TOML escape cannot bring a control character in.
@Suite struct PolicyControlTests {
    @Test(arguments: ["title = \"低保\\u001B申请\"", "materials = [\"身份证\\u009B\"]"])
    func aControlInAPolicyIsRefusedWithItsLine(_ line: String) throws {
        let base = """
            [[item]]
            title = "低保申请"
            line = "社会救助"
            eligibility = "收入低于标准"
            materials = ["身份证"]
            procedure = "提出申请"
            department = "受理中心"
            location = "一楼"
            checked = 2025-03-01
            """
        let key = String(line.prefix { $0 != " " })
        let text = base.split(separator: "\n").map { $0.hasPrefix(key + " ") ? Substring(line) : $0 }.joined(separator: "\n")
        do {
            _ = try PolicyLibraryFile.parse(text, file: "p.toml")
            Issue.record("a control character was accepted")
        } catch {
            #expect(error.message.contains("不可见的控制字符"))
            #expect(error.line != nil)
        }
        #expect(throws: Never.self) { try PolicyLibraryFile.parse(base, file: "p.toml") }
    }
}
