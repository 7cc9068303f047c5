import Domain
import Foundation
import GRDB

/// The items of the points card that the records prove, one function an item, each reading its
/// records inside the caller's transaction and returning the card's line.
///
enum PointsSources {
    /// The items the records prove, in the card's order; never typed by a person.
    static let computedItems: [PointsItem] = [.reception, .onlineReply, .visits, .duty]

    /// The items a person judges and enters with their evidence.
    static var manualItems: [PointsItem] { PointsEntryInput.manualItems }

    /// The computed lines of `worker`'s card for `month`, judged at `now`.
    static func lines(of worker: Int64, in month: Month, now: Date, rules: RuleSet, in db: Database) throws -> [PointsLine] {
        [try receptionLine(of: worker, in: month, db),
         try onlineReplyLine(of: worker, in: month, db),
         try visitsLine(of: worker, in: month, db),
         try dutyLine(of: worker, in: month, now: now, rules: rules, db)]
    }

    // MARK: - One function an item

    /// 首问接待: the month's records signed by the resident (the 首问接待记录册), 0.2 each.
    static func receptionLine(of worker: Int64, in month: Month, _ db: Database) throws -> PointsLine {
        // The worker's own records only: in a street's file the month holds every committee's.
        var (condition, arguments) = ReceptionQuery(from: month.firstDay, through: month.lastDay, limit: -1).condition
        arguments += [worker]
        let records = try ReceptionTable.fetch(where: condition + " AND r.worker_id = ?", arguments, in: db)
        let signed = ReceptionPoints.count(of: worker, in: month, records: records)
        return PointsLine(.reception, .count(signed), evidence: PointsMessages.receptionEvidence(records: records.count, signed: signed))
    }

    /// 线上反馈: the worker's replies answered in the month, complete and with the resident satisfied, 0.5 each.
    static func onlineReplyLine(of worker: Int64, in month: Month, _ db: Database) throws -> PointsLine {
        // Only the month's answers are read (the rule below still decides which count): reading
        // every answer the worker ever gave made the card slower each year.
        let rows = try Row.fetchAll(db, sql: "\(AppDatabase.onlineReplySelect) WHERE o.answerer_id = ? AND o.answered_at >= ? AND o.answered_at < ?",
                                    arguments: [worker, ShanghaiCalendar.startOfDay(month.firstDay), ShanghaiCalendar.startOfDay(month.next.firstDay)])
        let counted = OnlineReplyPoints.count(of: worker, in: month, replies: rows.map(AppDatabase.onlineReply(from:)))
        return PointsLine(.onlineReply, .count(counted), evidence: PointsMessages.onlineReplyEvidence(counted))
    }

    /// 社区走访: distinct households of the month's visit records (latest versions), by the quota.
    static func visitsLine(of worker: Int64, in month: Month, _ db: Database) throws -> PointsLine {
        let records = try VisitTable.fetch(in: month, worker: worker, in: db)
        let households = VisitQuota.households(of: worker, in: month, visits: records.map(\.visit))
        return PointsLine(.visits, .households(households), evidence: PointsMessages.visitsEvidence(records: records.count))
    }

    /// 错时值班: shifts signed in on time and signed out, by `DutyTally`.
    static func dutyLine(of worker: Int64, in month: Month, now: Date, rules: RuleSet, _ db: Database) throws -> PointsLine {
        let shifts = try DutyTable.shifts(from: month.firstDay, through: month.lastDay, worker: worker, in: db)
        let tally = DutyTally.of(worker, in: month, shifts: shifts, now: now, rules: rules)
        return PointsLine(.duty, .count(tally.worked), evidence: PointsMessages.dutyEvidence(shifts: tally.lines.count, worked: tally.worked))
    }
}
