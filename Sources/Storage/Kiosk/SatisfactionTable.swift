import Domain
import GRDB

/// The SQL of the satisfaction figures (`report satisfaction`): one read a source, by the day a
/// record or a question is dated.
enum SatisfactionTable {
    /// Every source's row for `period`, in the order of `SatisfactionSource.allCases`.
    static func figures(_ period: SatisfactionPeriod, in db: Database) throws -> SatisfactionFigures {
        let rows = try SatisfactionSource.allCases.map { try tally($0, period, in: db) }
        return SatisfactionFigures(period: period, rows: rows)
    }

    private static func tally(_ source: SatisfactionSource, _ p: SatisfactionPeriod, in db: Database) throws -> SatisfactionTally {
        let (scope, counted) = sql(source)
        let days: StatementArguments = [p.first.iso, p.last.iso]
        let considered = try Int.fetchOne(db, sql: scope, arguments: days) ?? 0
        var counts: [Satisfaction: Int] = [:]
        for row in try Row.fetchAll(db, sql: counted, arguments: days) {
            if let level = level(source, row[0]) { counts[level, default: 0] += row[1] }
        }
        return SatisfactionTally(source: source, considered: considered, counts: counts)
    }

    /// The query of what the source covers, and of its ratings by stored level.
    private static func sql(_ source: SatisfactionSource) -> (scope: String, counted: String) {
        switch source {
        case .kiosk:
            ("SELECT count(*) FROM reception WHERE day BETWEEN ? AND ?",
             """
             SELECT rr.level, count(*) FROM reception r JOIN reception_rating rr ON rr.reception_id = r.id
             WHERE r.day BETWEEN ? AND ? GROUP BY rr.level
             """)
        case .reply:
            ("""
             SELECT count(*) FROM reception r WHERE r.day BETWEEN ? AND ?
             AND (r.reply_due IS NOT NULL OR EXISTS (SELECT 1 FROM reception_reply x WHERE x.reception_id = r.id))
             """,
             """
             SELECT rp.satisfaction, count(*) FROM reception r JOIN reception_reply rp ON rp.reception_id = r.id
             WHERE r.day BETWEEN ? AND ? GROUP BY rp.satisfaction
             """)
        case .online:
            ("SELECT count(*) FROM online_reply_current WHERE day BETWEEN ? AND ? AND answer <> ''",
             """
             SELECT satisfied, count(*) FROM online_reply_current
             WHERE day BETWEEN ? AND ? AND answer <> '' AND satisfied IS NOT NULL GROUP BY satisfied
             """)
        }
    }

    /// A stored level as a `Satisfaction`: the kiosk writes its title, a reply its raw value, the
    /// platform 1 or 0.
    private static func level(_ source: SatisfactionSource, _ stored: DatabaseValue) -> Satisfaction? {
        switch source {
        case .kiosk: String.fromDatabaseValue(stored).flatMap { t in Satisfaction.allCases.first { $0.title == t } }
        case .reply: String.fromDatabaseValue(stored).flatMap(Satisfaction.init(rawValue:))
        case .online: Int64.fromDatabaseValue(stored).map { $0 == 1 ? .satisfied : .unsatisfied }
        }
    }
}

extension AppDatabase {
    /// The satisfaction figures of `period`, one row a source, in one read.
    public func satisfactionFigures(_ period: SatisfactionPeriod) throws -> SatisfactionFigures {
        try explainingFileFailures { try pool.read { db in try SatisfactionTable.figures(period, in: db) } }
    }
}
