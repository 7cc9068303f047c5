import Domain
import Foundation
import GRDB

/// SQL of the touch screen's tables (`v34-kiosk-profile-notices-ratings`).
enum KioskTable {
    /// The newest profile row.
    static func profile(in db: Database) throws -> KioskProfile? {
        try Row.fetchOne(db, sql: """
            SELECT address, area, households, team, saved_at FROM kiosk_profile ORDER BY id DESC LIMIT 1
            """).map { row in
            let team: String = row["team"]
            let saved: Date = row["saved_at"]
            return KioskProfile(address: row["address"], area: row["area"], households: row["households"],
                                team: team.split(separator: "\n").map(String.init), updated: ShanghaiCalendar.day(of: saved))
        }
    }

    /// The notices shown on `day`, newest first.
    static func notices(on day: LocalDate, in db: Database) throws -> [KioskNotice] {
        try Row.fetchAll(db, sql: """
            SELECT id, title, date, body, until FROM kiosk_notice n WHERE date <= ? AND until >= ?
            AND NOT EXISTS (SELECT 1 FROM kiosk_notice_withdrawal w WHERE w.notice_id = n.id)
            ORDER BY date DESC, id DESC
            """, arguments: [day.iso, day.iso]).compactMap(notice(from:))
    }

    /// Every notice posted (at most `limit`), newest first, each with its withdrawal if any.
    static func posted(limit: Int, where condition: String = "1", _ arguments: StatementArguments = [],
                       in db: Database) throws -> [PostedKioskNotice] {
        try Row.fetchAll(db, sql: """
            SELECT n.id, n.title, n.date, n.body, n.until, w.reason, w.withdrawn_at, p.name AS withdrawn_by
            FROM kiosk_notice n LEFT JOIN kiosk_notice_withdrawal w ON w.notice_id = n.id
            LEFT JOIN person p ON p.id = w.withdrawn_by
            WHERE \(condition) ORDER BY n.date DESC, n.id DESC LIMIT \(limit)
            """, arguments: arguments).compactMap { row in
            guard let notice = notice(from: row) else { return nil }
            guard let at: Date = row["withdrawn_at"] else { return PostedKioskNotice(notice: notice) }
            return PostedKioskNotice(notice: notice, withdrawal: .init(byName: row["withdrawn_by"], at: at, reason: row["reason"]))
        }
    }

    private static func notice(from row: Row) -> KioskNotice? {
        guard let date = LocalDate(iso: row["date"]), let until = LocalDate(iso: row["until"]) else { return nil }
        return KioskNotice(id: row["id"], title: row["title"], date: date, body: row["body"], until: until)
    }

    static func insertWithdrawal(of id: Int64, reason: String, by actor: Int64, at: Date, in db: Database) throws {
        try db.execute(sql: "INSERT INTO kiosk_notice_withdrawal (notice_id, reason, withdrawn_by, withdrawn_at) VALUES (?, ?, ?, ?)",
                       arguments: [id, reason, actor, at])
    }

    static func insert(_ p: KioskProfile, by actor: Int64, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO kiosk_profile (address, area, households, team, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [p.address, p.area, p.households, p.team.joined(separator: "\n"), actor, at])
        return db.lastInsertedRowID
    }

    static func insert(_ n: KioskNotice, by actor: Int64, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO kiosk_notice (title, date, body, until, posted_by, posted_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [n.title, n.date.iso, n.body, n.until.iso, actor, at])
        return db.lastInsertedRowID
    }

    static func insert(_ r: KioskRating, at: Date, in db: Database) throws {
        try db.execute(sql: "INSERT INTO reception_rating (reception_id, level, reason, rated_at) VALUES (?, ?, ?, ?)",
                       arguments: [r.receptionID, r.level.rawValue, r.reason, at])
    }

    static func ratingCounts(in db: Database) throws -> [KioskRatingLevel: Int] {
        var counts: [KioskRatingLevel: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT level, count(*) AS n FROM reception_rating GROUP BY level") {
            if let level = KioskRatingLevel(rawValue: row["level"]) { counts[level] = row["n"] }
        }
        return counts
    }
}
