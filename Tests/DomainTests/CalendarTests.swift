import DataFile
import Foundation
import Testing
import PropertyBased
@testable import Domain

/// Shanghai days and months, and the working-day calendar file.
@Suite struct CalendarTests {
    // MARK: - Days and months

    @Test func dayArithmeticAgreesWithFoundation() async {
        await propertyCheck(input: Gen.int(in: -20_000...40_000)) { number in
            let date = LocalDate(dayNumber: number)
            #expect(date.dayNumber == number)
            let instant = ShanghaiCalendar.startOfDay(date)
            #expect(ShanghaiCalendar.day(of: instant) == date)
            let weekday = ShanghaiCalendar.calendar.component(.weekday, from: instant)  // 1 = Sunday
            #expect(date.weekday.rawValue == (weekday + 5) % 7 + 1)
        }
    }

    @Test func aUTCEveningIsTheNextShanghaiDay() {
        // 2026-11-28 16:30 UTC is 2026-11-29 00:30 in Shanghai, a Sunday.
        let instant = Date(timeIntervalSince1970: 1_795_883_400)
        #expect(ShanghaiCalendar.dateString(for: instant) == "2026-11-29")
        #expect(ShanghaiCalendar.weekdayName(for: instant) == "星期日")
        #expect(ShanghaiCalendar.todayLine(for: instant) == "2026-11-29 星期日")
        #expect(ShanghaiCalendar.month(of: instant) == Month(year: 2026, month: 11))
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-1-1", "20261101", "2026-04-31", "2026-00-10", "2026-11-00",
                      "2026/11/29", "2026-1a-29", "２０２６-11-29", "2026-11-2", ""])
    func impossibleDatesAreNil(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func everyDayReadsBackFromItsWrittenForm() {
        // The ten-byte fast path and the general one must agree: every day of 1999–2031 and a few written otherwise.
        for n in LocalDate(year: 1999, month: 1, day: 1)!.dayNumber...LocalDate(year: 2031, month: 12, day: 31)!.dayNumber {
            let day = LocalDate(dayNumber: n)
            #expect(LocalDate(iso: day.iso) == day)
        }
        #expect(LocalDate(iso: " 2026-11-29 ") == LocalDate(year: 2026, month: 11, day: 29), "spaces around are trimmed")
        #expect(LocalDate(iso: "0001-01-01") == LocalDate(year: 1, month: 1, day: 1))
    }

    @Test func monthsKnowTheirDays() {
        let february = Month(year: 2024, month: 2)!
        #expect(february.days.count == 29)
        #expect(february.lastDay.iso == "2024-02-29")
        #expect(Month(year: 2026, month: 12)!.next == Month(year: 2027, month: 1))
        #expect(Month(year: 2026, month: 1)!.previous.description == "2025-12")
        #expect(Month(text: "2026-11")?.chinese == "2026年11月")
        #expect(Month(year: 2026, month: 13) == nil)
        #expect(Month(year: 2027, month: 2)!.months(since: Month(year: 2025, month: 11)!) == 15)
        #expect(Month(year: 2025, month: 11)!.months(since: Month(year: 2026, month: 1)!) == -2)
    }

    // MARK: - The shipped calendar

    @Test func shippedCalendarCoversFrom2017() {
        let calendar = Fixtures.calendar
        #expect(calendar.covers(2017))
        #expect(calendar.covers(2026))
        #expect(!calendar.covers(2016))
    }

    @Test(arguments: [
        ("2026-10-01", WorkingDayCalendar.DayKind.holiday("国庆节")),
        ("2026-02-14", .makeUpWorkday("春节")),      // a Saturday worked (调休)
        ("2026-11-27", .working),                   // a Friday
        ("2026-11-28", .weekend),
        ("2024-02-12", .holiday("春节")),            // a Monday off
    ])
    func kindsOfDays(text: String, kind: WorkingDayCalendar.DayKind) {
        #expect(Fixtures.calendar.kind(of: Fixtures.day(text)) == kind)
    }

    @Test func octoberHasFewerWorkingDays() {
        let october = Month(year: 2026, month: 10)!
        let days = Fixtures.calendar.workingDays(from: october.firstDay, through: october.lastDay)
        // 22 weekdays, 5 of them National Day holidays, plus Saturday 10 October worked.
        #expect(days.count == 18)
        #expect(days.contains(Fixtures.day("2026-10-10")))
    }

    // MARK: - A hand-edited file

    @Test func aHandEditedYearIsRead() throws {
        let text = "# 2027 added by hand\n2027-01-01\t休\t元旦\n2027-02-07\t班\t春节\n"
        let calendar = try WorkingDayCalendar.parse(text, file: "calendar-cn.tsv")
        #expect(calendar.covers(2027))
        #expect(!calendar.isWorkingDay(Fixtures.day("2027-01-01")))
        #expect(calendar.isWorkingDay(Fixtures.day("2027-02-07")))
    }

    @Test(arguments: [
        ("2027-01-01\t休\t元旦\n2027-13-01\t休\t元旦\n", "calendar-cn.tsv 第 2 行：日期“2027-13-01”无效，应写成 2026-10-01"),
        ("2027-01-01\t放\t元旦\n", "calendar-cn.tsv 第 1 行：类型“放”无效：只能是 休（节假日）或 班（调休上班）"),
        ("2027-01-01\t休\n2027-01-01\t班\n", "calendar-cn.tsv 第 2 行：日期 2027-01-01 不能既是休又是班（第 1 行写的是休）"),
    ])
    func aBrokenFileIsRefusedWithItsLine(text: String, message: String) {
        #expect(throws: DataFileError.self) { try WorkingDayCalendar.parse(text, file: "calendar-cn.tsv") }
        do {
            _ = try WorkingDayCalendar.parse(text, file: "calendar-cn.tsv")
        } catch {
            #expect(error.description == message)
        }
    }
}
