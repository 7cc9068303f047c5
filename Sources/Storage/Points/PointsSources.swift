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

    /// The computed lines of `worker`'s card from what was read of the records (theirs, or every
    /// worker's): `Facts.read`, or the facts of whole records already read (`Records.facts`).
    static func lines(of worker: Int64, in month: Month, facts: Facts, now: Date, rules: RuleSet) -> [PointsLine] {
        [receptionLine(of: worker, in: month, facts: facts.receptions),
         onlineReplyLine(of: worker, in: month, facts: facts.replies),
         visitsLine(of: worker, in: month, visits: facts.visits),
         dutyLine(of: worker, in: month, shifts: facts.shifts, now: now, rules: rules)]
    }

    /// The records behind the computed items of a month: one statement an item (the reception
    /// records' amendments one more), for one worker or, with no worker, for all of them.
    struct Records {
        var receptions: [ReceptionRecord] = []
        var replies: [OnlineReply] = []
        var visits: [VisitRecord] = []
        var shifts: [Shift] = []

        static func read(_ month: Month, worker: Int64?, in db: Database) throws -> Records {
            let (condition, arguments) = receptionCondition(month, worker: worker)
            let (replies, replyArguments) = replyCondition(month, worker: worker)
            let replySQL = "\(AppDatabase.onlineReplySelect) WHERE \(replies) ORDER BY o.received_at DESC, o.id DESC"   // as the replies list shows them
            return Records(
                receptions: try ReceptionTable.fetch(where: condition, arguments, in: db),
                replies: try Row.fetchAll(db, sql: replySQL, arguments: replyArguments).map(AppDatabase.onlineReply(from:)),
                visits: try VisitTable.fetch(in: month, worker: worker, in: db),
                shifts: try DutyTable.shifts(from: month.firstDay, through: month.lastDay, worker: worker, in: db))
        }

        /// The month's reception records by their own day (`r`), of `worker` only when given: in a
        /// street's file the month holds every committee's.
        static func receptionCondition(_ month: Month, worker: Int64?) -> (String, StatementArguments) {
            var (condition, arguments) = ReceptionQuery(from: month.firstDay, through: month.lastDay, limit: -1).condition
            if let worker { condition += " AND r.worker_id = ?"; arguments += [worker] }
            return (condition, arguments)
        }

        /// The replies (`o`, from `online_reply_current`) whose answer in force was given in the
        /// month, by `worker` when given. Only the month's answers are read (the rule still decides
        /// which count): reading every answer the worker ever gave made the card slower each year.
        /// The candidates come by either answer time (and answerer) through their indexes (v21, v23),
        /// then the answer in force decides.
        static func replyCondition(_ month: Month, worker: Int64?) -> (String, StatementArguments) {
            let whose = worker == nil ? "" : "answerer_id = ?3 AND "
            var condition = """
                o.id IN (SELECT id FROM online_reply WHERE \(whose)answered_at >= ?1 AND answered_at < ?2
                         UNION SELECT reply_id FROM online_reply_answer WHERE \(whose)answered_at >= ?1 AND answered_at < ?2)
                  AND o.answered_at >= ?1 AND o.answered_at < ?2
                """
            var arguments: StatementArguments = [ShanghaiCalendar.startOfDay(month.firstDay), ShanghaiCalendar.startOfDay(month.next.firstDay)]
            if let worker { condition += " AND o.answerer_id = ?3"; arguments += [worker] }
            return (condition, arguments)
        }
    }

    // MARK: - One function an item

    /// 首问接待: the month's completed records signed by the resident (the 首问接待记录册), 0.2 each.
    static func receptionLine(of worker: Int64, in month: Month, facts: [ReceptionPoints.Fact]) -> PointsLine {
        let mine = facts.filter { $0.workerID == worker }
        let counted = ReceptionPoints.count(of: worker, in: month, facts: mine)
        return PointsLine(.reception, .count(counted), evidence: PointsText.receptionEvidence(records: mine.count, counted: counted))
    }

    /// 线上反馈: the worker's replies answered in the month, complete and with the resident satisfied, 0.5 each.
    static func onlineReplyLine(of worker: Int64, in month: Month, facts: [OnlineReplyPoints.Fact]) -> PointsLine {
        let counted = OnlineReplyPoints.count(of: worker, in: month, facts: facts)
        return PointsLine(.onlineReply, .count(counted), evidence: PointsText.onlineReplyEvidence(counted))
    }

    /// 社区走访: distinct households of the month's visit records (latest versions), by the quota.
    static func visitsLine(of worker: Int64, in month: Month, visits: [Visit]) -> PointsLine {
        let mine = visits.filter { $0.workerID == worker }
        let households = VisitQuota.households(of: worker, in: month, visits: mine)
        let evidence = PointsText.visitsEvidence(households: households, visits: mine.count)
        return PointsLine(.visits, .households(households), evidence: evidence)
    }

    /// 错时值班: shifts signed in on time and signed out, by `DutyTally`.
    static func dutyLine(of worker: Int64, in month: Month, shifts: [Shift], now: Date, rules: RuleSet) -> PointsLine {
        let tally = DutyTally.of(worker, in: month, shifts: shifts, now: now, rules: rules)
        return PointsLine(.duty, .count(tally.worked), evidence: PointsText.dutyEvidence(shifts: tally.lines.count, worked: tally.worked))
    }
}
