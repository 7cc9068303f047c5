import Domain
import Foundation
import GRDB

extension PointsSources {
    /// What the computed items read of a month's records, and nothing more: whose each reception
    /// record is, whether it is signed and its day in force; each reply's answer in force; each
    /// visit's worker, household and day; the shifts as they are (a few a worker).
    ///
    /// A card or the month's report needs only these. Reading whole records (`Records`: every
    /// column, names joined, each row decoded by column name) was most of a card's 11–16 ms and of
    /// the street's month report. The same lines come out of either (`Records.facts`).
    struct Facts {
        var receptions: [ReceptionPoints.Fact] = []
        var replies: [OnlineReplyPoints.Fact] = []
        var visits: [Visit] = []
        var shifts: [Shift] = []

        /// The facts of `month`, of `worker`'s records or, with no worker, of everyone's.
        static func read(_ month: Month, worker: Int64?, in db: Database) throws -> Facts {
            Facts(receptions: try receptions(month, worker: worker, in: db), replies: try replies(month, worker: worker, in: db),
                  visits: try visits(month, worker: worker, in: db),
                  shifts: try DutyTable.shifts(from: month.firstDay, through: month.lastDay, worker: worker, in: db))
        }

        /// Every worker's own facts, by worker id: what `read(_:worker:in:)` returns for each.
        func byWorker() -> [Int64: Facts] {
            var out: [Int64: Facts] = [:]
            for r in receptions { out[r.workerID, default: Facts()].receptions.append(r) }
            for r in replies { if let id = r.answererID { out[id, default: Facts()].replies.append(r) } }
            for v in visits { out[v.workerID, default: Facts()].visits.append(v) }
            for s in shifts {
                for id in Set(s.assignments.map(\.workerID)) { out[id, default: Facts()].shifts.append(s) }
            }
            return out
        }

        // MARK: - One statement an item

        /// The month's records by their own day (as `Records` reads them); the day in force is the
        /// last amendment's, read for the few records that have one.
        private static func receptions(_ month: Month, worker: Int64?, in db: Database) throws -> [ReceptionPoints.Fact] {
            let (condition, arguments) = Records.receptionCondition(month, worker: worker)
            var amended: [Int64: ReceptionDraft] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.reception_id, a.content FROM reception_amendment a
                WHERE a.reception_id IN (SELECT r.id FROM reception r WHERE \(condition)) ORDER BY a.id
                """, arguments: arguments) {
                amended[row[0]] = try JSONDecoder().decode(ReceptionDraft.self, from: Data((row[1] as String).utf8))
            }
            var out: [ReceptionPoints.Fact] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT r.id, r.worker_id, r.day, EXISTS (SELECT 1 FROM reception_signature s WHERE s.reception_id = r.id),
                       r.outcome, EXISTS (SELECT 1 FROM reception_reply y WHERE y.reception_id = r.id)
                FROM reception r WHERE \(condition)
                """, arguments: arguments)
            while let row = try rows.next() {
                let content = amended[row[0] as Int64]
                guard let day = content?.date ?? LocalDate(iso: row[2]),
                      let outcome = content?.outcome ?? ReceptionOutcome(rawValue: row[4]) else { continue }
                out.append(ReceptionPoints.Fact(workerID: row[1], isSigned: row[3], isCompleted: outcome.isCompleted(replied: row[5]), date: day))
            }
            return out
        }

        /// The month's answers (see `Records.replyCondition`), each as its answer in force says.
        private static func replies(_ month: Month, worker: Int64?, in db: Database) throws -> [OnlineReplyPoints.Fact] {
            let (condition, arguments) = Records.replyCondition(month, worker: worker)
            return try Row.fetchAll(db, sql: """
                SELECT o.answerer_id, o.answer <> '', o.answered_at, o.satisfied FROM online_reply_current o WHERE \(condition)
                """, arguments: arguments).map { row in
                OnlineReplyPoints.Fact(answererID: row[0], isFullyAnswered: row[1], answeredAt: row[2], satisfied: row[3])
            }
        }

        /// The month's current visits (those no later record corrects), by their Shanghai day.
        private static func visits(_ month: Month, worker: Int64?, in db: Database) throws -> [Visit] {
            var arguments: StatementArguments = [month.firstDay.iso, month.lastDay.iso]
            if let worker { arguments += [worker] }
            var out: [Visit] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT v.id, v.worker_id, v.household_id, v.day FROM visit v
                WHERE v.day BETWEEN ?1 AND ?2 AND NOT EXISTS (SELECT 1 FROM visit later WHERE later.corrects = v.id)
                \(worker == nil ? "" : "AND v.worker_id = ?3")
                """, arguments: arguments)
            while let row = try rows.next() {
                guard let day = LocalDate(iso: row[3]) else { continue }
                out.append(Visit(id: row[0], workerID: row[1], householdID: row[2], date: day))
            }
            return out
        }
    }
}

extension PointsSources.Records {
    /// What the computed items read of these records: the same facts `Facts.read` gives.
    var facts: PointsSources.Facts {
        PointsSources.Facts(receptions: receptions.map(\.pointsFact), replies: replies.map(\.content.pointsFact),
                            visits: visits.map(\.visit), shifts: shifts)
    }
}
