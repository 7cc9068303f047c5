import Foundation
import Testing
@testable import Domain

/// A month that is over shows its final result, scored by the rule set in force in that month.
@Suite struct PastMonthTests {
    let rules = Fixtures.rules
    let calendar = Fixtures.calendar
    let october = Month(year: 2026, month: 10)!
    let today = Fixtures.day("2026-11-18")

    /// The shipped rules, and a later set from 2026-11 that asks for 20 households.
    func book() throws -> RuleBook {
        var later = rules
        later.id = "later"
        later.effective = Fixtures.day("2026-11-01")
        later.visits.quota = 20
        return try RuleBook([rules, later])
    }

    @Test func aPastMonthIsFinalAndScoredByTheRulesOfThen() throws {
        let book = try book()
        let then = try #require(book.inForce(for: october))
        let now = try #require(book.inForce(for: today.calendarMonth))
        #expect(then.visits.quota == 30 && now.visits.quota == 20)
        let f = VisitForecast.of(month: october, householdsSoFar: 20, today: today, calendar: calendar, rules: then)
        #expect(f.isFinal && f.remainingWorkingDays == 0 && f.neededPerDay == nil)
        #expect(f.projectedHouseholds == 20 && f.projectedScore == 50, "20 of 30: 10.0 − 10 × 0.5")
        #expect(f.verdict.message.hasPrefix("2026年10月已结束：走访 20 户，比任务 30 户少 10 户"))
        #expect(VisitForecast.of(month: october, householdsSoFar: 20, today: today, calendar: calendar, rules: now).projectedScore == 100)
    }

    @Test func theCurrentMonthIsStillAForecast() {
        let f = VisitForecast.of(month: today.calendarMonth, householdsSoFar: 10, today: today, calendar: calendar, rules: rules)
        #expect(!f.isFinal && f.remainingWorkingDays > 0)
        #expect(f == VisitForecast.make(householdsSoFar: 10, today: today, calendar: calendar, rules: rules))
    }

    @Test func theTeamTableOfAPastMonthCountsThatMonth() {
        let worker = Person(id: 4, name: "陈杰", roles: [.worker])
        let visits = [Visit(id: 1, workerID: 4, householdID: 1, date: Fixtures.day("2026-10-31")),
                      Visit(id: 2, workerID: 4, householdID: 2, date: Fixtures.day("2026-11-01"))]
        let table = WorkerProgress.table(workers: [worker], visits: visits, today: today, month: october, calendar: calendar, rules: rules)
        #expect(table.map(\.households) == [1] && table[0].forecast.isFinal)
    }
}
