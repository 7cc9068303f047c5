import Domain
import Foundation
import GRDB

/// The secretary's reminder of earlier cards not signed yet, as entering 积分卡 shows it: the
/// oldest few and how many there are, without listing them all.
extension AppDatabase {
    /// The first `limit` entries of `unsignedPointsMonths(before:)` and the length of that list.
    ///
    /// The whole list is every worker's every unsigned month: on the district's file (2,385
    /// workers, 120 months, 16 cards signed) some 286,000 entries built on every entry to the tab,
    /// of which the screen shows six. Here the count is summed worker by worker (months since they
    /// joined less their signed ones) and only the first entries are listed; the join months are
    /// read only as far as they can move a worker's first month past the committee's first.
    /// `workers` are the card holders (`pointsWorkers()`) when the caller has read them already.
    public func unsignedPointsReminder(before month: Month, first limit: Int, workers: [Person]? = nil) throws -> UnsignedPointsMonths {
        try pool.read { db in
            guard let start = try PointsTable.firstActiveMonth(in: db), start < month else { return UnsignedPointsMonths() }
            let workers = try workers ?? Self.cardHolders(in: db)
            let from = try PointsTable.firstCardMonths(notBefore: start, in: db)
            let signed = try PointsTable.signedMonths(before: month, in: db)
            var reminder = UnsignedPointsMonths()
            for worker in workers {
                let first = from[worker.id] ?? start
                guard first < month else { continue }
                let signedSince = signed[worker.id]?.filter { $0 >= first }.count ?? 0
                reminder.count += month.months(since: first) - signedSince
            }
            var cursor = start
            while cursor < month, reminder.oldest.count < limit {
                for worker in workers where reminder.oldest.count < limit && (from[worker.id] ?? start) <= cursor {
                    if signed[worker.id]?.contains(cursor) != true { reminder.oldest.append((worker, cursor)) }
                }
                cursor = cursor.next
            }
            return reminder
        }
    }
}

/// Earlier cards not signed yet: the oldest (by month, then worker by name) and how many in all.
public struct UnsignedPointsMonths: Sendable {
    public var oldest: [(worker: Person, month: Month)] = []
    public var count = 0
}
