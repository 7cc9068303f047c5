import Domain
import Foundation
import GRDB

/// The SQL of the points card: manual lines, signatures and amendments, read back as a `PointsCard`.
///
/// Lines are stored as JSON of Domain's `PointsLine` (Codable), so what was signed reads back
/// exactly as it was signed.
enum PointsTable {
    // MARK: - Reading

    /// The card of `worker` for `month`: as signed (with its amendments) when signed, otherwise
    /// the computed lines followed by the manual ones in the order they were entered.
    /// `rules` may be nil only for a signed card, whose lines are stored.
    /// `records`, when given, are the worker's records of the month already read (not read again).
    static func card(of worker: Int64, in month: Month, now: Date, rules: RuleSet?, records: PointsSources.Records? = nil,
                     in db: Database) throws -> PointsCard {
        if let row = try Row.fetchOne(db, sql: "SELECT * FROM points_signature WHERE worker_id = ? AND month = ?",
                                      arguments: [worker, month.description]) {
            return try signedCard(row, worker: worker, month: month, amendments: try amendments(of: worker, in: month, in: db))
        }
        guard let rules else { return PointsCard(workerID: worker, month: month) }
        // Only what the rules read, unless the whole records were read for the screen anyway.
        let facts = try records?.facts ?? PointsSources.Facts.read(month, worker: worker, in: db)
        let computed = PointsSources.lines(of: worker, in: month, facts: facts, now: now, rules: rules)
        return PointsCard(workerID: worker, month: month, lines: computed + (try manualLines(of: worker, in: month, in: db)))
    }

    /// The cards of `workers` for `month`, in that order, as `card(of:in:now:rules:in:)` makes each
    /// but read for all of them at once: the month's signatures, amendments and manual lines one
    /// statement each, and each computed item's records one statement for every worker (none when
    /// every card is signed), grouped by worker in Swift and scored by the same domain rules.
    static func cards(of workers: [Int64], in month: Month, now: Date, rules: RuleSet, in db: Database) throws -> [PointsCard] {
        let key: StatementArguments = [month.description]
        var amendments: [Int64: [Amendment]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM points_amendment WHERE month = ? ORDER BY id", arguments: key) {
            amendments[row["worker_id"], default: []].append(try amendment(row))
        }
        var signatures: [Int64: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM points_signature WHERE month = ?", arguments: key) {
            signatures[row["worker_id"]] = row
        }
        var manual: [Int64: [PointsLine]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT worker_id, line FROM points_entry WHERE month = ? ORDER BY id", arguments: key) {
            manual[row["worker_id"], default: []].append(try JSONDecoder().decode(PointsLine.self, from: Data((row["line"] as String).utf8)))
        }
        let unsigned = workers.contains { signatures[$0] == nil }
        let facts = unsigned ? try PointsSources.Facts.read(month, worker: nil, in: db).byWorker() : [:]
        return try workers.map { worker in
            if let row = signatures[worker] {
                return try signedCard(row, worker: worker, month: month, amendments: amendments[worker] ?? [])
            }
            let computed = PointsSources.lines(of: worker, in: month, facts: facts[worker] ?? .init(), now: now, rules: rules)
            return PointsCard(workerID: worker, month: month, lines: computed + (manual[worker] ?? []))
        }
    }

    /// Every signed card of `year` with its amendments, by worker then month, in two statements:
    /// the yearly ranking reads a whole street's or district's cards at once.
    static func signedCards(in year: Int, in db: Database) throws -> [PointsCard] {
        let pattern = "\(year)-%"
        var amendments: [String: [Amendment]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM points_amendment WHERE month LIKE ? ORDER BY id", arguments: [pattern]) {
            amendments[cardKey(row["worker_id"], row["month"]), default: []].append(try amendment(row))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM points_signature WHERE month LIKE ? ORDER BY worker_id, month",
                                arguments: [pattern]).compactMap { row in
            let (worker, text): (Int64, String) = (row["worker_id"], row["month"])
            guard let month = Month(text: text) else { return nil }
            return try signedCard(row, worker: worker, month: month, amendments: amendments[cardKey(worker, text)] ?? [])
        }
    }

    private static func signedCard(_ row: Row, worker: Int64, month: Month, amendments: [Amendment]) throws -> PointsCard {
        let signature = Signature(personID: row["signed_by"], name: row["signer_name"], date: try date(row["signed_on"]))
        return PointsCard(workerID: worker, month: month, lines: try decode(row["lines"]), signature: signature, amendments: amendments)
    }

    /// The lines entered by hand, oldest first.
    static func manualLines(of worker: Int64, in month: Month, in db: Database) throws -> [PointsLine] {
        try String.fetchAll(db, sql: "SELECT line FROM points_entry WHERE worker_id = ? AND month = ? ORDER BY id",
                            arguments: [worker, month.description]).map { try JSONDecoder().decode(PointsLine.self, from: Data($0.utf8)) }
    }

    static func amendments(of worker: Int64, in month: Month, in db: Database) throws -> [Amendment] {
        try Row.fetchAll(db, sql: "SELECT * FROM points_amendment WHERE worker_id = ? AND month = ? ORDER BY id",
                         arguments: [worker, month.description]).map(amendment)
    }

    private static func amendment(_ row: Row) throws -> Amendment {
        Amendment(lines: try decode(row["lines"]), reason: row["reason"], personID: row["author_id"],
                  name: row["author_name"], date: try date(row["amended_on"]),
                  change: (row["change"] as String?).flatMap(LineChange.init(rawValue:)), lineIndex: row["line_index"],
                  recomputed: row["recomputed"])
    }

    static func isSigned(_ worker: Int64, _ month: Month, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM points_signature WHERE worker_id = ? AND month = ?)",
                          arguments: [worker, month.description]) ?? false
    }

    /// "worker month" of every signed card, to look up many cards without a statement each.
    static func signedCardKeys(in db: Database) throws -> Set<String> {
        Set(try Row.fetchAll(db, sql: "SELECT worker_id, month FROM points_signature").map { cardKey($0["worker_id"], $0["month"]) })
    }

    static func cardKey(_ worker: Int64, _ month: String) -> String { "\(worker) \(month)" }

    /// The first month anything that scores was recorded in (a visit, a shift or a manual line).
    static func firstActiveMonth(in db: Database) throws -> Month? {
        let day = try String.fetchOne(db, sql: """
            SELECT min(d) FROM (SELECT min(day) AS d FROM visit UNION ALL SELECT min(date) FROM duty_shift
                                UNION ALL SELECT min(month) || '-01' FROM points_entry)
            """)
        return day.flatMap { Month(text: String($0.prefix(7))) }
    }

    /// The first month each worker has a card, by person id: the month they were added
    /// (`person.created_at`, in Shanghai), or an earlier month holding one of their own records
    /// (history imported after they were added: a visit, a shift, a reception record, a line
    /// entered). One statement for every worker: a street's file holds hundreds.
    ///
    /// With `start` (the committee's first month), a month before it is given as `start`, and the
    /// rest is read only for a worker whom neither the day they were added nor a visit (then a
    /// reception record) puts at or before it, one index step each: the earliest shift reads every
    /// shift of theirs (1.27 million lookups on the district's file, 0.4–2 s) and the lines have no
    /// index by worker (grouping all 318,000 of them took 0.5 s).
    static func firstCardMonths(notBefore start: Month? = nil, in db: Database) throws -> [Int64: Month] {
        // ?2 and ?3: the instant and the day before which the rest cannot matter ('' when it always can);
        // ?4: the start, given for a worker known to start at or before it.
        var arguments: StatementArguments = [Role.worker.rawValue]
        arguments += start.map { [ShanghaiCalendar.startOfDay($0.next.firstDay), $0.next.firstDay.iso, $0.firstDay.iso] } ?? ["", "", nil]
        var out: [Int64: Month] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.id, p.created_at, CASE
                WHEN p.created_at < ?2 OR EXISTS (SELECT 1 FROM visit WHERE worker_id = p.id AND day < ?3)
                    OR EXISTS (SELECT 1 FROM reception WHERE worker_id = p.id AND day < ?3) THEN ?4
                ELSE min(coalesce((SELECT min(day) FROM visit WHERE worker_id = p.id), '9'),
                         coalesce((SELECT min(day) FROM reception WHERE worker_id = p.id), '9'),
                         coalesce((SELECT min(month) || '-01' FROM points_entry WHERE worker_id = p.id), '9'),
                         coalesce((SELECT min(s.date) FROM duty_assignment a JOIN duty_shift s ON s.id = a.shift_id
                                   WHERE a.person_id = p.id), '9')) END AS d
            FROM person p WHERE p.id IN (SELECT person_id FROM person_role WHERE role = ?1)
            """, arguments: arguments)
        while let row = try rows.next() {
            guard let created = row[1] as Date? else { continue }
            let joined = ShanghaiCalendar.month(of: created)
            let earliest = (row[2] as String?).flatMap(month(ofDay:))
            let first = earliest.map { min($0, joined) } ?? joined
            out[row[0]] = start.map { max($0, first) } ?? first
        }
        return out
    }

    /// The month of a day written "2026-11-05" (or a month "2026-11"), nil for anything else: read
    /// for every worker, without `Month(text:)`'s trimming.
    private static func month(ofDay text: String) -> Month? {
        let digits = Array(text.utf8.prefix(7))
        guard digits.count == 7, digits[4] == UInt8(ascii: "-"),
              let year = Int(String(decoding: digits[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: digits[5..<7], as: UTF8.self)) else { return nil }
        return Month(year: year, month: month)
    }

    /// The months before `month` of each worker's signed cards, by worker id.
    static func signedMonths(before month: Month, in db: Database) throws -> [Int64: Set<Month>] {
        var out: [Int64: Set<Month>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT worker_id, month FROM points_signature WHERE month < ?", arguments: [month.description]) {
            if let signed = Month(text: row["month"]) { out[row["worker_id"], default: []].insert(signed) }
        }
        return out
    }

    // MARK: - Writing

    static func insertEntry(_ line: PointsLine, worker: Int64, month: Month, decision: Int64? = nil, by actor: Int64, at: Date,
                            in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO points_entry (worker_id, month, item, line, decision_id, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [worker, month.description, line.item.rawValue, try encode(line), decision, actor, at])
        return db.lastInsertedRowID
    }

    static func insertSignature(_ card: PointsCard, at: Date, in db: Database) throws {
        guard let signature = card.signature else { return }
        try db.execute(sql: """
            INSERT INTO points_signature (worker_id, month, lines, signed_by, signer_name, signed_on, signed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [card.workerID, card.month.description, try encode(card.lines), signature.personID,
                             signature.name, signature.date.iso, at])
    }

    static func insertAmendment(_ amendment: Amendment, of card: PointsCard, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO points_amendment (worker_id, month, lines, reason, author_id, author_name, amended_on, amended_at,
                change, line_index, recomputed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [card.workerID, card.month.description, try encode(amendment.lines), amendment.reason,
                             amendment.personID, amendment.name, amendment.date.iso, at, amendment.change?.rawValue,
                             amendment.lineIndex, amendment.recomputed])
        return db.lastInsertedRowID
    }

    // MARK: - JSON

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func decode(_ text: String) throws -> [PointsLine] {
        do { return try JSONDecoder().decode([PointsLine].self, from: Data(text.utf8)) } catch {
            throw StorageError(.invalidInput, PointsText.damagedLines)
        }
    }

    private static func date(_ text: String) throws -> LocalDate {
        guard let day = LocalDate(iso: text) else { throw StorageError(.invalidInput, PointsText.damagedLines) }
        return day
    }
}
