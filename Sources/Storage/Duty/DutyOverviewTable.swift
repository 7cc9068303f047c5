import Domain
import Foundation
import GRDB

/// The SQL behind `RosterOverview`: what the roster's month page shows, read with a few small
/// queries through the date index instead of every shift of the month with its workers.
enum DutyOverviewTable {
    /// The overview of `month` for `worker`; `hours` decides whether covered spans are read.
    static func overview(_ month: Month, worker: Int64, hours: ServiceHours, in db: Database) throws -> RosterOverview {
        let (first, last) = (month.firstDay.iso, month.lastDay.iso)
        let places = try places(from: first, through: last, in: db)
        let ids = try places.flatMap { day, _ in try firstStaffed(on: day, in: db) }
        let shifts = Dictionary(grouping: try DutyTable.shifts(ids: ids, in: db), by: \.date)
        var days: [LocalDate: RosterOverview.Day] = [:]
        for (day, count) in places { days[day] = RosterOverview.Day(places: count, staffed: shifts[day] ?? []) }
        return RosterOverview(month: month, days: days, staffed: hours.isEmpty ? [:] : try staffed(from: first, through: last, in: db),
                              worker: worker, mine: try DutyTable.shifts(from: month.firstDay, through: month.lastDay, worker: worker, in: db))
    }

    /// Workers on shifts, by day, for the days that have any.
    private static func places(from first: String, through last: String, in db: Database) throws -> [(LocalDate, Int)] {
        try Row.fetchAll(db, sql: """
            SELECT s.date, count(*) AS places FROM duty_shift s JOIN duty_assignment a ON a.shift_id = s.id
            WHERE s.date BETWEEN ? AND ? GROUP BY s.date
            """, arguments: [first, last]).compactMap { row in LocalDate(iso: row[0]).map { ($0, row[1]) } }
    }

    /// The ids of the day's first shifts with workers, by start: as many as can hold the places a cell shows.
    private static func firstStaffed(on day: LocalDate, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT id FROM duty_shift s WHERE date = ? AND EXISTS (SELECT 1 FROM duty_assignment WHERE shift_id = s.id)
            ORDER BY start_min, id LIMIT ?
            """), arguments: [day.iso, RosterOverview.placesShown])
    }

    /// The spans of each day's shifts with workers.
    private static func staffed(from first: String, through last: String, in db: Database) throws -> [LocalDate: [TimeSpan]] {
        var out: [LocalDate: [TimeSpan]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT date, start_min, end_min FROM duty_shift s
            WHERE date BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM duty_assignment WHERE shift_id = s.id)
            ORDER BY date, start_min, id
            """, arguments: [first, last]) {
            guard let day = LocalDate(iso: row[0]), let start = ClockTime(minutes: row[1]), let end = ClockTime(minutes: row[2]),
                  let span = TimeSpan(start, end) else { continue }
            out[day, default: []].append(span)
        }
        return out
    }
}
