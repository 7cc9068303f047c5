import Testing
import PropertyBased
@testable import Domain

/// 附件二 四(二), 附件三 社区走访: counting households, the score, the forecast and intervals.
@Suite struct VisitTests {
    let rules = Fixtures.rules
    let november = Month(year: 2026, month: 11)!

    // MARK: - Counting

    @Test func aHouseholdVisitedTwiceCountsOnce() {
        let visits = [
            Visit(id: 1, workerID: 4, householdID: 100, date: Fixtures.day("2026-11-02")),
            Visit(id: 2, workerID: 4, householdID: 100, date: Fixtures.day("2026-11-20")),   // repeat
            Visit(id: 3, workerID: 4, householdID: 101, date: Fixtures.day("2026-11-30")),
            Visit(id: 4, workerID: 5, householdID: 102, date: Fixtures.day("2026-11-05")),   // another worker's
            Visit(id: 5, workerID: 4, householdID: 103, date: Fixtures.day("2026-12-01")),   // next month
            Visit(id: 6, workerID: 4, householdID: 104, date: Fixtures.day("2026-10-31")),   // last month
        ]
        #expect(VisitQuota.households(of: 4, in: november, visits: visits) == 2)
        #expect(VisitQuota.households(of: 5, in: november, visits: visits) == 1)
    }

    // MARK: - Score

    @Test(arguments: [
        (0, 0, "走访 0 户，比任务 30 户少 30 户，每户扣 0.5 分：10.0 − 15.0 = -5.0 分，本项最低 0.0 分（本程序取值，可在规则文件中修改），得 0.0 分"),
        (10, 0, "走访 10 户，比任务 30 户少 20 户，每户扣 0.5 分：10.0 − 10.0 = 0.0 分"),
        (29, 95, "走访 29 户，比任务 30 户少 1 户，每户扣 0.5 分：10.0 − 0.5 = 9.5 分"),
        (30, 100, "走访 30 户，完成每月 30 户任务：得 10.0 分"),
        (31, 103, "走访 31 户，超出任务 30 户 1 户，每户加 0.3 分：10.0 + 0.3 = 10.3 分"),
        (40, 130, "走访 40 户，超出任务 30 户 10 户，每户加 0.3 分：10.0 + 3.0 = 13.0 分"),
    ])
    func scoreAtTheBoundaries(households: Int, tenths: Int, explanation: String) {
        #expect(VisitQuota.score(households: households, rules: rules) == tenths)
        let verdict = VisitQuota.evaluate(households: households, rules: rules)
        #expect(verdict.message == explanation + "（附件二 四(二)；附件三 社区走访）")
        #expect(verdict.severity == (households >= 30 ? .ok : .warning))
        #expect(verdict.number("points") == Int64(tenths))
    }

    @Test func theScoreNeverDecreasesAsHouseholdsIncrease() async {
        await propertyCheck(input: Gen.int(in: 0...200), Gen.int(in: 0...50)) { households, more in
            let lower = VisitQuota.score(households: households, rules: rules)
            #expect(lower >= 0)
            #expect(lower <= VisitQuota.score(households: households + more, rules: rules))
        }
    }

    // MARK: - Forecast

    @Test func forecastCountsRemainingWorkingDaysFromToday() {
        // Friday 2026-11-20: working days left are 20, 23–27, 30 = 7; elapsed 2–6, 9–13, 16–19 = 14.
        let forecast = VisitForecast.make(householdsSoFar: 16, today: Fixtures.day("2026-11-20"), calendar: Fixtures.calendar, rules: rules)
        #expect(forecast.remainingWorkingDays == 7)
        #expect(forecast.elapsedWorkingDays == 14)
        #expect(forecast.needed == 14)
        #expect(forecast.neededPerDay == 2)
        #expect(forecast.projectedHouseholds == 24)
        #expect(forecast.projectedScore == 70)
        #expect(forecast.verdict.message == "2026年11月已走访 16 户，还差 14 户；剩余 7 个工作日，每个工作日须走访 2 户，按目前进度预计月底 24 户、得 7.0 分（附件二 四(二)；附件三 社区走访）")
    }

    @Test func forecastSkipsHolidaysAndCountsMakeUpDays() {
        // 2026-10-09 (Fri): left are 9, 10 (Saturday worked), 12–16, 19–23, 26–30 = 17.
        let forecast = VisitForecast.make(householdsSoFar: 0, today: Fixtures.day("2026-10-09"), calendar: Fixtures.calendar, rules: rules)
        #expect(forecast.remainingWorkingDays == 17)
        #expect(forecast.neededPerDay == 2)
    }

    @Test func forecastWhenTheQuotaIsMetOrNoDayIsLeft() {
        let done = VisitForecast.make(householdsSoFar: 31, today: Fixtures.day("2026-11-30"), calendar: Fixtures.calendar, rules: rules)
        #expect(done.verdict.isOK)
        #expect(done.neededPerDay == 0)
        let late = VisitForecast.make(householdsSoFar: 20, today: Fixtures.day("2026-11-29"), calendar: Fixtures.calendar, rules: rules)
        #expect(late.remainingWorkingDays == 1)
        #expect(late.neededPerDay == 10)
        let none = VisitForecast.make(householdsSoFar: 20, today: Fixtures.day("2026-10-31"), calendar: Fixtures.calendar, rules: rules)
        #expect(none.neededPerDay == nil)
        #expect(none.verdict.message.contains("还差 10 户，本月已无工作日"))
    }

    @Test func forecastBeyondTheCalendarSaysSo() {
        let forecast = VisitForecast.make(householdsSoFar: 0, today: Fixtures.day("2031-03-03"), calendar: Fixtures.calendar, rules: rules)
        #expect(forecast.verdict.message.contains("2031 年节假日未载入，按周一至周五计算"))
    }

    // MARK: - Special targets

    @Test(arguments: [
        ("2026-10-30", Severity.ok, "独居老人 5号楼 201室 上次走访 2026-10-30，已 30 天，须在 2026-11-29 前再次走访（本程序取值，可在规则文件中修改）"),
        ("2026-10-29", .warning, "独居老人 5号楼 201室 上次走访 2026-10-29，已 31 天，超过 30 天间隔 1 天（本程序取值，可在规则文件中修改）"),
    ])
    func anElderPastThirtyDaysIsOverdue(last: String, severity: Severity, message: String) {
        let household = Household(id: 100, room: "5号楼 201室", tags: ["独居老人"])
        let verdict = VisitInterval.evaluate(household, lastVisit: Fixtures.day(last), today: Fixtures.day("2026-11-29"), rules: rules)
        #expect(verdict?.severity == severity)
        #expect(verdict?.message == message)
    }

    @Test func overdueListUsesTheShortestIntervalAndSkipsUntagged() throws {
        let rules = try Fixtures.rules(replacing: "\"困难家庭\" = 30", with: "\"困难家庭\" = 14")
        let households = [Household(id: 1, room: "1-101", tags: ["独居老人", "困难家庭"]),
                          Household(id: 2, room: "1-102"),
                          Household(id: 3, room: "1-103", tags: ["独居老人"])]
        let visits = [Visit(id: 1, workerID: 4, householdID: 1, date: Fixtures.day("2026-11-10")),
                      Visit(id: 2, workerID: 4, householdID: 1, date: Fixtures.day("2026-11-01")),
                      Visit(id: 3, workerID: 4, householdID: 2, date: Fixtures.day("2026-01-01"))]
        let overdue = VisitInterval.overdue(households, lastVisits: VisitInterval.lastVisits(visits),
                                            today: Fixtures.day("2026-11-29"), rules: rules)
        #expect(overdue.map(\.message) == [
            "独居老人 1-103 尚无走访记录，应每 30 天走访一次（本程序取值，可在规则文件中修改）",
            "困难家庭 1-101 上次走访 2026-11-10，已 19 天，超过 14 天间隔 5 天（本程序取值，可在规则文件中修改）",
        ])
    }
}
