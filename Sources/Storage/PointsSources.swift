import Domain
import Foundation
import GRDB

/// The items of the points card that the records prove: each item's records read by one
/// statement, for one worker or for every worker of the month at once, and the card's line made
/// from them by the domain's rule — the same line whichever way the records were read.
///
enum PointsSources {
    /// The items the records prove, in the card's order; never typed by a person.
    static let computedItems: [PointsItem] = [.reception, .onlineReply, .visits, .duty]

    /// The items a person judges and enters with their evidence.
    static var manualItems: [PointsItem] { PointsEntryInput.manualItems }

    /// The computed lines of `worker`'s card from records already read (theirs, or every worker's).
    static func lines(of worker: Int64, in month: Month, records: Records, now: Date, rules: RuleSet) -> [PointsLine] {
        [receptionLine(of: worker, in: month, records: records.receptions),
         onlineReplyLine(of: worker, in: month, replies: records.replies),
         visitsLine(of: worker, in: month, records: records.visits),
         dutyLine(of: worker, in: month, shifts: records.shifts, now: now, rules: rules)]
    }

    /// The records behind the computed items of a month: one statement an item (the reception
    /// records' amendments one more), for one worker or, with no worker, for all of them.
    struct Records {
        var receptions: [ReceptionRecord] = []
        var replies: [OnlineReply] = []
        var visits: [VisitRecord] = []
        var shifts: [Shift] = []

        static func read(_ month: Month, worker: Int64?, in db: Database) throws -> Records {
            // A worker's own records only: in a street's file the month holds every committee's.
            var (condition, arguments) = ReceptionQuery(from: month.firstDay, through: month.lastDay, limit: -1).condition
            if let worker { condition += " AND r.worker_id = ?"; arguments += [worker] }
            // Only the month's answers are read (the rule still decides which count): reading
            // every answer the worker ever gave made the card slower each year.
            // The candidates come by either answer time through its index (v21), then the answer in force decides.
            var replySQL = """
                \(AppDatabase.onlineReplySelect) WHERE o.id IN (
                    SELECT id FROM online_reply WHERE answered_at >= ?1 AND answered_at < ?2
                    UNION SELECT reply_id FROM online_reply_answer WHERE answered_at >= ?1 AND answered_at < ?2)
                  AND o.answered_at >= ?1 AND o.answered_at < ?2
                """
            var replyArguments: StatementArguments = [ShanghaiCalendar.startOfDay(month.firstDay),
                                                      ShanghaiCalendar.startOfDay(month.next.firstDay)]
            if let worker { replySQL += " AND o.answerer_id = ?3"; replyArguments += [worker] }
            replySQL += " ORDER BY o.received_at DESC, o.id DESC"   // as the replies list shows them
            return Records(
                receptions: try ReceptionTable.fetch(where: condition, arguments, in: db),
                replies: try Row.fetchAll(db, sql: replySQL, arguments: replyArguments).map(AppDatabase.onlineReply(from:)),
                visits: try VisitTable.fetch(in: month, worker: worker, in: db),
                shifts: try DutyTable.shifts(from: month.firstDay, through: month.lastDay, worker: worker, in: db))
        }

        /// Every worker's own records, by worker id: what `read(_:worker:in:)` returns for each.
        func byWorker() -> [Int64: Records] {
            var out: [Int64: Records] = [:]
            for r in receptions { out[r.workerID, default: Records()].receptions.append(r) }
            for r in replies { if let id = r.content.answererID { out[id, default: Records()].replies.append(r) } }
            for v in visits { out[v.workerID, default: Records()].visits.append(v) }
            for s in shifts {
                for id in Set(s.assignments.map(\.workerID)) { out[id, default: Records()].shifts.append(s) }
            }
            return out
        }
    }

    // MARK: - One function an item

    /// 首问接待: the month's records signed by the resident (the 首问接待记录册), 0.2 each.
    static func receptionLine(of worker: Int64, in month: Month, records: [ReceptionRecord]) -> PointsLine {
        let mine = records.filter { $0.workerID == worker }
        let signed = ReceptionPoints.count(of: worker, in: month, records: mine)
        return PointsLine(.reception, .count(signed), evidence: PointsMessages.receptionEvidence(records: mine.count, signed: signed))
    }

    /// 线上反馈: the worker's replies answered in the month, complete and with the resident satisfied, 0.5 each.
    static func onlineReplyLine(of worker: Int64, in month: Month, replies: [OnlineReply]) -> PointsLine {
        let counted = OnlineReplyPoints.count(of: worker, in: month, replies: replies)
        return PointsLine(.onlineReply, .count(counted), evidence: PointsMessages.onlineReplyEvidence(counted))
    }

    /// 社区走访: distinct households of the month's visit records (latest versions), by the quota.
    static func visitsLine(of worker: Int64, in month: Month, records: [VisitRecord]) -> PointsLine {
        let mine = records.filter { $0.workerID == worker }
        let households = VisitQuota.households(of: worker, in: month, visits: mine.map(\.visit))
        return PointsLine(.visits, .households(households), evidence: PointsMessages.visitsEvidence(records: mine.count))
    }

    /// 错时值班: shifts signed in on time and signed out, by `DutyTally`.
    static func dutyLine(of worker: Int64, in month: Month, shifts: [Shift], now: Date, rules: RuleSet) -> PointsLine {
        let tally = DutyTally.of(worker, in: month, shifts: shifts, now: now, rules: rules)
        return PointsLine(.duty, .count(tally.worked), evidence: PointsMessages.dutyEvidence(shifts: tally.lines.count, worked: tally.worked))
    }
}
