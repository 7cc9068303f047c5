import Domain
import Foundation
import Storage

/// The queries `baishihui-bench` times, each the same call the program makes for that screen or report.
struct BenchQueries {
    let database: AppDatabase
    let month: Month
    let worker: Int64
    let year: Int

    /// Every measurement, by name, in the order printed.
    func all(policy: [String], receptionName: [String], receptionText: [String]) -> [(String, () throws -> Int)] {
        var list: [(String, () throws -> Int)] = [("card", card), ("month-report", monthReport), ("ranking", ranking),
                                                  ("month-report-per-card", monthReportPerCard),
                                                  ("points-enter", pointsEnter), ("points-overview", pointsOverview)]
        list += policy.map { q in ("policy-search:\(q)", { try database.searchPolicies(q).count }) }
        list += receptionName.map { q in ("reception-search:name:\(q)", { try database.receptions(ReceptionQuery(name: q)).count }) }
        list += receptionText.map { q in ("reception-search:text:\(q)", { try database.receptions(ReceptionQuery(text: q)).count }) }
        list.append(("reception-today", { try database.receptions(on: month.lastDay).count }))
        // What opening the follow-up list reads: its first page and the counts of its title.
        list.append(("reception-follow-ups", { try database.receptionFollowUps(today: month.lastDay).records.count }))
        // What entering 经费管理 reads: the year's books.
        list.append(("funds-book", { try database.fundsBook(year: year, rules: try RuleBook.bundled().rules(on: month.lastDay)).records.count }))
        return list
    }

    // MARK: - The points card and its reports (as `report points` and `report ranking` make them)

    /// One worker's card for the month, computed from the records (积分卡 tab, `report points --worker`).
    func card() throws -> Int {
        try database.pointsCard(worker: worker, month: month, now: Date(), rules: try RuleBook.bundled().rules(on: month.lastDay)).lines.count
    }

    /// Every worker's card of the month with its total: `report points --month` and the secretary's overview.
    func monthReport() throws -> Int {
        let rules = try RuleBook.bundled().rules(on: month.lastDay)
        return try database.pointsMonthCards(month: month, now: Date(), rules: rules).map { CardTotal.of($0.card, rules: rules).total }.count
    }

    /// The same report one card at a time (some eight statements a card), as it was made before
    /// the month was read at once: kept to show what the batched read saves.
    func monthReportPerCard() throws -> Int {
        let rules = try RuleBook.bundled().rules(on: month.lastDay)
        return try database.pointsWorkers().map { w in
            CardTotal.of(try database.pointsCard(worker: w.id, month: month, now: Date(), rules: rules), rules: rules).total
        }.count
    }

    /// What entering 积分卡 as the secretary reads (`EffectRunner.pointsLoaded` without the
    /// overview): the workers, the earlier unsigned months and the shown card with its records.
    func pointsEnter() throws -> Int {
        let rules = try RuleBook.bundled().rules(on: month.lastDay)
        let shown = try database.pointsCardWithRecords(worker: worker, month: month, now: Date(), rules: rules)
        let workers = try database.pointsWorkers()
        return try workers.count + database.unsignedPointsReminder(before: month.next, first: 6, workers: workers).count + shown.card.lines.count
    }

    /// What the secretary's overview page adds: every worker's month with its total.
    func pointsOverview() throws -> Int {
        let rules = try RuleBook.bundled().rules(on: month.lastDay)
        return try database.pointsMonthCards(month: month, now: Date(), rules: rules).map { CardTotal.of($0.card, rules: rules) }.count
    }

    /// The year's totals, this committee's and the imported ones, ranked per street: `report ranking`.
    func ranking() throws -> Int {
        let totals = try database.pointsYearTotals(year: year, rules: { try RuleBook.bundled().rules(on: $0.lastDay) })
            + database.importedPointsTotals(year: year)
        let entries = totals.enumerated().map { i, t in
            YearRanking.Entry(workerID: Int64(i), name: t.name, streetOffice: t.streetOffice, total: t.total)
        }
        let rules = try RuleBook.bundled().rules(on: LocalDate(year: year, month: 12, day: 31)!)
        return YearRanking.rank(entries, rules: rules).values.reduce(0) { $0 + $1.count }
    }
}
