import Domain
import Foundation
import GRDB

/// Writes generated demo batches into a new database file, fast: one transaction per batch,
/// cached prepared statements, and no journal while the file is being built (a file that fails
/// half way is removed by the caller, never used).
///
/// How the audit chain covers the bulk data: each batch appends ONE `demo.generate` event that
/// says what was generated (the committee, the generator's seed and settings, how many rows of each
/// kind and the id range of each table), so the log states honestly that these rows were made by
/// the generator and not entered by anyone. Funds are the exception: every expense and payment
/// also gets the `expense.request` / `ledger.payment` event the program itself writes, because
/// `check` compares each of them with its audit row. The chain is built with the same hash as
/// `AuditLog.append`, so `check` verifies it like any other.
public final class DemoLoader {
    private let queue: DatabaseQueue
    private var lastAuditID: Int64 = 0
    private var lastHash = AuditLog.genesisHash
    /// Each fund and year's net spending so far ("committee-2026"), for the ledger's running totals.
    var spent: [String: Int64] = [:]
    /// The years that have expenses, for their budgets.
    var years = Set<Int>()
    private var committees = 0
    private let pinHash: String
    /// The secondary indexes of the big tables, dropped while loading and built again at the end
    /// (one sorted build instead of millions of scattered inserts).
    private var deferredIndexes: [String] = []
    static let bulkTables = ["visit", "reception", "online_reply", "duty_shift", "points_entry"]

    /// Creates the file at `path` (which must not exist), migrates it and records `committee`.
    /// Every demo person gets `pin`, hashed once with a salt derived from `seed` so that the same
    /// seed gives the same file.
    public init(path: String, committee: Committee, pin: String, seed: UInt64, at: Date) throws {
        try AppDatabase.createPrivateFile(at: path)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
        }
        queue = try DatabaseQueue(path: path, configuration: config)
        try Schema.migrator.migrate(queue)
        deferredIndexes = try queue.write { db in
            let tables = Self.bulkTables.map { "'\($0)'" }.joined(separator: ", ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(tables))
                """)
            for row in rows { try db.execute(sql: "DROP INDEX \(row["name"] as String)") }
            return rows.map { $0["sql"] }
        }
        let salt = (0..<PinHasher.saltByteCount).map { UInt8(truncatingIfNeeded: seed >> UInt64(8 * ($0 % 8)) &+ UInt64($0)) }
        pinHash = try PinHasher.standard.hash(pin, salt: salt)
        try queue.inTransaction { db in
            try db.execute(sql: "INSERT INTO committee (id, name, street_office, created_at) VALUES (1, ?, ?, ?)",
                           arguments: [committee.name, committee.streetOffice, at])
            try self.audit(AuditEvent(action: "committee.create", entity: "committee", entityID: 1,
                                      detail: ["name": committee.name, "streetOffice": committee.streetOffice, "source": "demo"]),
                           actor: nil, at: at, in: db)
            return .commit
        }
    }

    /// The policy library the file was created with (the shipped sample), for linking records to it.
    public func policyItems() throws -> [PolicyItem] {
        try queue.read { db in try PolicyTable.all(in: db) }
    }

    /// Writes one batch and its audit events in one transaction.
    public func write(_ batch: DemoBatch, settings: [String: String], at: Date) throws {
        try queue.inTransaction { db in
            try self.insertPeople(batch.people, db)
            try self.insertHouseholds(batch.households, db)
            try self.insertVisits(batch.visits, db)
            try self.insertReceptions(batch.receptions, db)
            try self.insertOnlineReplies(batch.onlineReplies, db)
            try self.insertShifts(batch.shifts, db)
            try self.insertPlan(batch.planLines, db)
            try self.insertExpenses(batch.expenses, db)
            try self.insertPointsEntries(batch.pointsEntries, db)
            try self.audit(Self.summary(batch, settings: settings), actor: nil, at: at, in: db)
            return .commit
        }
        committees += 1
    }

    /// With more than one committee in the file, each fund's yearly budget is the sum of theirs;
    /// then the file goes back to the WAL journal the program uses, and its statistics are gathered.
    public func finish(budgetPerCommittee: Int64, setBy: Int64, at: Date) throws {
        if committees > 1 {
            try queue.inTransaction { db in
                for year in self.years.sorted() {
                    for fund in FundKind.allCases {
                        let amount = budgetPerCommittee * Int64(self.committees)
                        try db.execute(sql: "INSERT INTO fund_budget (year, fund, amount, set_by, created_at) VALUES (?, ?, ?, ?, ?)",
                                       arguments: [year, fund.rawValue, amount, setBy, at])
                        try self.audit(AuditEvent(action: "fund.budget", entity: "fund_budget", entityID: db.lastInsertedRowID,
                                                  detail: ["year": String(year), "fund": fund.rawValue, "amount": String(amount),
                                                           "source": "demo"]), actor: setBy, at: at, in: db)
                    }
                }
                return .commit
            }
        }
        try queue.writeWithoutTransaction { db in
            for sql in deferredIndexes { try db.execute(sql: sql) }
            try db.execute(sql: "ANALYZE; PRAGMA journal_mode = WAL")
        }
        try queue.close()
    }

    // MARK: - Audit

    func audit(_ event: AuditEvent, actor: Int64?, at: Date, in db: Database) throws {
        let id = lastAuditID + 1
        let values: [DatabaseValue] = [
            id.databaseValue, at.databaseValue, actor.databaseValue, event.action.databaseValue,
            event.entity.databaseValue, event.entityID.databaseValue, try AuditLog.detailJSON(event.detail).databaseValue,
        ]
        let hash = AuditLog.chainHash(prevHash: lastHash, values: values)
        try db.cachedStatement(sql: """
            INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments(values + [lastHash.databaseValue, hash.databaseValue]))
        lastAuditID = id
        lastHash = hash
    }

    /// The one event that states what a batch generated: settings, counts and id ranges.
    static func summary(_ batch: DemoBatch, settings: [String: String]) -> AuditEvent {
        var detail = settings
        detail["committee"] = batch.committee.name
        detail["streetOffice"] = batch.committee.streetOffice
        for (table, count) in batch.counts { detail["count.\(table)"] = String(count) }
        func range(_ name: String, _ ids: [Int64]) {
            if let first = ids.first, let last = ids.last { detail["ids.\(name)"] = "\(first)-\(last)" }
        }
        range("person", batch.people.map(\.id))
        range("household", batch.households.map(\.id))
        range("visit", batch.visits.map(\.id))
        range("reception", batch.receptions.map(\.id))
        range("online_reply", batch.onlineReplies.map(\.id))
        range("duty_shift", batch.shifts.map(\.id))
        range("expense", batch.expenses.map(\.id))
        return AuditEvent(action: "demo.generate", entity: "committee", entityID: nil, detail: detail)
    }

    // MARK: - Tables

    private func insertPeople(_ people: [DemoBatch.Person], _ db: Database) throws {
        let person = try db.cachedStatement(sql: "INSERT INTO person (id, name, zone, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)")
        let role = try db.cachedStatement(sql: "INSERT INTO person_role (person_id, role) VALUES (?, ?)")
        for p in people {
            try person.execute(arguments: [p.id, p.name, p.zone, pinHash, "2017-09-26 00:00:00.000"])
            for r in p.roles.sorted() { try role.execute(arguments: [p.id, r.rawValue]) }
        }
    }

    private func insertHouseholds(_ households: [DemoBatch.Household], _ db: Database) throws {
        let household = try db.cachedStatement(sql: """
            INSERT INTO household (id, room, head, members, phone, zone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let tag = try db.cachedStatement(sql: "INSERT INTO household_tag (household_id, tag, position) VALUES (?, ?, ?)")
        for h in households {
            try household.execute(arguments: [h.id, h.room, h.head, h.members, h.phone, h.zone, "2017-09-26 00:00:00.000"])
            for (position, name) in h.tags.enumerated() { try tag.execute(arguments: [h.id, name, position]) }
        }
    }

    private func insertVisits(_ visits: [DemoBatch.Visit], _ db: Database) throws {
        let visit = try db.cachedStatement(sql: """
            INSERT INTO visit (id, at, day, worker_id, household_id, resident_name, members, reason, difficulty, remark, kind, created_at)
            VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, '', ?, ?)
            """)
        for v in visits {
            let at = DemoTime.text(v.at)
            try visit.execute(arguments: [v.id, at, v.day.iso, v.worker, v.household, v.resident, v.reason, v.difficulty,
                                          v.kind.rawValue, at])
        }
    }

    private func insertReceptions(_ receptions: [DemoBatch.Reception], _ db: Database) throws {
        let record = try db.cachedStatement(sql: """
            INSERT INTO reception (id, at, day, worker_id, resident_name, room, phone, category, policy_id, policy_title,
                                   question, action_taken, outcome, department, reply_due, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let signature = try db.cachedStatement(sql: "INSERT INTO reception_signature (reception_id, at, by_id) VALUES (?, ?, ?)")
        let reply = try db.cachedStatement(sql: """
            INSERT INTO reception_reply (reception_id, at, by_id, text, satisfaction) VALUES (?, ?, ?, ?, ?)
            """)
        for r in receptions {
            let at = DemoTime.text(r.at)
            try record.execute(arguments: [r.id, at, r.day.iso, r.worker, r.resident, r.room, r.phone, r.category, r.policyID,
                                           r.policyTitle, r.question, r.actionTaken, r.outcome.rawValue, r.department,
                                           r.replyDue?.iso, at])
            if let signed = r.signedAt { try signature.execute(arguments: [r.id, DemoTime.text(signed), r.worker]) }
            if let given = r.reply {
                try reply.execute(arguments: [r.id, DemoTime.text(given.at), given.by, given.text, given.satisfaction.rawValue])
            }
        }
    }

    private func insertOnlineReplies(_ replies: [DemoBatch.OnlineReply], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO online_reply (id, received_at, day, channel, question, answer, answerer_id, answered_at, satisfied,
                                      entered_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for r in replies {
            let received = DemoTime.text(r.receivedAt)
            try statement.execute(arguments: [r.id, received, r.day.iso, r.channel, r.question, r.answer, r.answerer,
                                              r.answeredAt.map(DemoTime.text), r.satisfied, r.enteredBy, received])
        }
    }

    private func insertShifts(_ shifts: [DemoBatch.Shift], _ db: Database) throws {
        let shift = try db.cachedStatement(sql: """
            INSERT INTO duty_shift (id, date, start_min, end_min, kind, template_id, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)
            """)
        let assignment = try db.cachedStatement(sql: "INSERT INTO duty_assignment (id, shift_id, person_id) VALUES (?, ?, ?)")
        let sign = try db.cachedStatement(sql: "INSERT INTO duty_sign (assignment_id, kind, at) VALUES (?, ?, ?)")
        for s in shifts {
            try shift.execute(arguments: [s.id, s.date.iso, s.startMinute, s.endMinute, s.kind.rawValue,
                                          DemoTime.text(DemoTime.instant(s.date.adding(days: -20), minute: 600))])
            for w in s.workers {
                try assignment.execute(arguments: [w.id, s.id, w.person])
                if let signIn = w.signIn { try sign.execute(arguments: [w.id, "in", DemoTime.text(signIn)]) }
                if let signOut = w.signOut { try sign.execute(arguments: [w.id, "out", DemoTime.text(signOut)]) }
            }
        }
    }

    private func insertPlan(_ lines: [DemoBatch.PlanLine], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO plan_line (id, year, fund, category, project, amount, revises_id, reason, set_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, NULL, '', ?, ?)
            """)
        for l in lines {
            try statement.execute(arguments: [l.id, l.year, l.fund.rawValue, l.category.rawValue, l.project, l.amount, l.setBy,
                                              DemoTime.text(l.at)])
        }
    }

    private func insertPointsEntries(_ entries: [DemoBatch.PointsEntry], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO points_entry (id, worker_id, month, item, line, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for e in entries {
            try statement.execute(arguments: [e.id, e.worker, e.month.description, e.line.item.rawValue,
                                              try PointsTable.encode(e.line), e.enteredBy, DemoTime.text(e.at)])
        }
    }
}
