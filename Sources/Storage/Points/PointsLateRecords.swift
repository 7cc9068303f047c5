import Domain
import Foundation
import GRDB

/// The records of a worker's month written after the month's card was signed (签名后新增): a
/// reception record entered, signed by the resident, answered or corrected later; a platform
/// question recorded or answered later; a visit recorded or corrected later; a shift signed in or
/// out later. One statement an item, each over the same month's records the card's items read.
enum PointsLateRecords {
    /// What of `worker`'s month was written after `signedAt`, by item.
    static func read(worker: Int64, month: Month, after signedAt: Date, in db: Database) throws -> [LateRecord] {
        try receptions(worker, month, signedAt, db) + replies(worker, month, signedAt, db)
            + visits(worker, month, signedAt, db) + shifts(worker, month, signedAt, db)
    }

    /// What of a signed `card`'s month was written after the signature and not yet taken in: a record
    /// of an item is taken in by a recomputation of that item made after its last write. Nil when the
    /// card is not signed.
    static func notTakenIn(_ card: PointsCard, in db: Database) throws -> [LateRecord]? {
        guard let signedAt = try signedAt(card.workerID, card.month, in: db) else { return nil }
        let takenIn = try lastRecomputations(card, in: db)
        return try read(worker: card.workerID, month: card.month, after: signedAt, in: db)
            .filter { record in takenIn[record.item].map { record.at > $0 } ?? true }
    }

    /// When each item of `card` (its amendments as read) was last recomputed.
    private static func lastRecomputations(_ card: PointsCard, in db: Database) throws -> [PointsItem: Date] {
        let times = try Date.fetchAll(db, sql: "SELECT amended_at FROM points_amendment WHERE worker_id = ? AND month = ? ORDER BY id",
                                      arguments: [card.workerID, card.month.description])
        var last: [PointsItem: Date] = [:]
        for (amendment, at) in zip(card.amendments, times) {
            if let item = amendment.recomputedItem { last[item] = at }
        }
        return last
    }

    /// The instant `worker`'s card of `month` was signed, or nil when it is not.
    static func signedAt(_ worker: Int64, _ month: Month, in db: Database) throws -> Date? {
        try Date.fetchOne(db, sql: "SELECT signed_at FROM points_signature WHERE worker_id = ? AND month = ?",
                          arguments: [worker, month.description])
    }

    // MARK: - One statement an item

    private static func receptions(_ worker: Int64, _ month: Month, _ after: Date, _ db: Database) throws -> [LateRecord] {
        let (condition, arguments) = PointsSources.Records.receptionCondition(month, worker: worker)
        return try Row.fetchAll(db, sql: """
            SELECT r.id, r.day, r.created_at, s.at, y.at, (SELECT max(a.at) FROM reception_amendment a WHERE a.reception_id = r.id)
            FROM reception r LEFT JOIN reception_signature s ON s.reception_id = r.id
            LEFT JOIN reception_reply y ON y.reception_id = r.id WHERE \(condition)
            """, arguments: arguments).compactMap { row in
            late(.reception, row[0], PointsText.lateReception(row[0], day: row[1]), after: after,
                 [(PointsText.lateEntered, row[2]), (PointsText.lateSigned, row[3]),
                  (PointsText.lateAnswered, row[4]), (PointsText.lateCorrected, row[5])])
        }
    }

    private static func replies(_ worker: Int64, _ month: Month, _ after: Date, _ db: Database) throws -> [LateRecord] {
        let (condition, arguments) = PointsSources.Records.replyCondition(month, worker: worker)
        return try Row.fetchAll(db, sql: """
            SELECT o.id, o.day, o.created_at, x.created_at FROM online_reply_current o
            LEFT JOIN online_reply_answer x ON x.reply_id = o.id WHERE \(condition)
            """, arguments: arguments).compactMap { row in
            late(.onlineReply, row[0], PointsText.lateReply(row[0], day: row[1]), after: after,
                 [(PointsText.lateEntered, row[2]), (PointsText.lateAnswered, row[3])])
        }
    }

    private static func visits(_ worker: Int64, _ month: Month, _ after: Date, _ db: Database) throws -> [LateRecord] {
        try Row.fetchAll(db, sql: """
            SELECT id, day, created_at, corrects IS NOT NULL FROM visit
            WHERE day BETWEEN ? AND ? AND worker_id = ? AND created_at > ?
            """, arguments: [month.firstDay.iso, month.lastDay.iso, worker, after]).compactMap { row in
            late(.visits, row[0], PointsText.lateVisit(row[0], day: row[1]), after: after,
                 [((row[3] as Bool) ? PointsText.lateCorrected : PointsText.lateEntered, row[2])])
        }
    }

    private static func shifts(_ worker: Int64, _ month: Month, _ after: Date, _ db: Database) throws -> [LateRecord] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, s.date, s.created_at,
                   (SELECT g.at FROM duty_sign g WHERE g.assignment_id = a.id AND g.kind = 'in'),
                   (SELECT g.at FROM duty_sign g WHERE g.assignment_id = a.id AND g.kind = 'out')
            FROM duty_assignment a JOIN duty_shift s ON s.id = a.shift_id
            WHERE a.person_id = ? AND s.date BETWEEN ? AND ?
            """, arguments: [worker, month.firstDay.iso, month.lastDay.iso]).compactMap { row in
            late(.duty, row[0], PointsText.lateShift(row[0], day: row[1]), after: after,
                 [(PointsText.lateEntered, row[2]), (PointsText.lateSignedIn, row[3]), (PointsText.lateSignedOut, row[4])])
        }
    }

    /// The record as late, naming what was written after `after` and when the last of it was; nil
    /// when nothing was.
    private static func late(_ item: PointsItem, _ id: Int64, _ what: String, after: Date, _ writes: [(String, Date?)]) -> LateRecord? {
        let later = writes.compactMap { kind, at in at.flatMap { $0 > after ? (kind, $0) : nil } }
        guard let last = later.map(\.1).max() else { return nil }
        return LateRecord(item: item, recordID: id, what: what + later.map(\.0).joined(separator: "、"), at: last)
    }
}
