import Domain
import GRDB

/// The follow-up list (待回复) a page at a time, with the counts of the whole list.
///
/// A record waits for a reply when its content in force (its latest amendment's, else the
/// original) is 待回复 and no reply is recorded. The originals that wait are found through the
/// partial index `reception_waiting`; the amended records (few) by their latest amendment's JSON.
/// Reading the whole list with every record's amendments took 212 ms on a 100,000-record log
/// (BENCHMARKS.md); the counts and a page read the ids and due days of the waiting records, then
/// only the page's records.
extension AppDatabase {
    /// How many follow-ups a page holds: several screens at 80×24, so scrolling seldom waits.
    public static let followUpPageSize = 100

    /// The follow-ups from `offset` (at most `limit`, all when negative), most overdue first,
    /// with the whole list's total and how many are overdue on `today`.
    public func receptionFollowUps(today: LocalDate, offset: Int = 0, limit: Int = followUpPageSize) throws -> FollowUpPage {
        try pool.read { db in
            // One pass over the waiting records (ids and due days only) gives the counts and the page:
            // half the time of a count and a page by two statements (13 against 23 ms on 10,000).
            var all: [Int64] = []
            var overdue = 0
            let rows = try Row.fetchCursor(db.cachedStatement(sql: "\(Self.waiting) SELECT id, due < ? FROM waiting ORDER BY due, id"),
                                           arguments: [today.iso])
            while let row = try rows.next() {
                all.append(row[0])
                overdue += row[1] as Int
            }
            let start = min(max(offset, 0), all.count)
            let ids = Array(all[start..<(limit < 0 ? all.count : min(all.count, start + limit))])
            let list = ids.map(String.init).joined(separator: ",")
            let records = ids.isEmpty ? [] : try ReceptionTable.fetch(where: "r.id IN (\(list))", [], in: db)
            let byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
            return FollowUpPage(records: ids.compactMap { byID[$0] }, offset: start, total: all.count, overdue: overdue)
        }
    }

    /// The whole follow-up list, most overdue first (`ReplyDeadline.followUps`), for callers that need every record.
    public func receptionFollowUps() throws -> [ReceptionRecord] {
        try receptionFollowUps(today: LocalDate(year: 1970, month: 1, day: 1)!, limit: -1).records
    }

    /// The records waiting for a reply (`id`) and their due day (`due`, ISO), as a `WITH` clause.
    private static let waiting = """
        WITH latest AS (
            SELECT a.reception_id AS id, a.content FROM reception_amendment a
            WHERE a.id = (SELECT max(b.id) FROM reception_amendment b WHERE b.reception_id = a.reception_id)
        ), versions AS (
            SELECT r.id, r.reply_due AS due FROM reception r
            WHERE r.reply_due IS NOT NULL AND r.id NOT IN (SELECT id FROM latest)
            UNION ALL
            SELECT id, CASE WHEN json_extract(content, '$.outcome') = '\(ReceptionOutcome.awaitingReply.rawValue)'
                THEN printf('%04d-%02d-%02d', json_extract(content, '$.replyDue.year'),
                            json_extract(content, '$.replyDue.month'), json_extract(content, '$.replyDue.day')) END
            FROM latest
        ), waiting AS (
            SELECT id, due FROM versions v
            WHERE due IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reception_reply x WHERE x.reception_id = v.id)
        )
        """
}
