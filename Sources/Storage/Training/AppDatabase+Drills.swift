import Domain
import Foundation
import GRDB

/// Drills (演练): starting one on a sandbox (its starting data written through the normal
/// Storage code, so rules and audit hold) and checking what the trainee left in the database.
extension AppDatabase {
    /// The tables a drill's check reads new rows of, with their id column.
    static let drillTables = ["reception", "visit", "expense", "duty_sign", "points_entry"]

    /// Starts `scenario` for `trainee` at `at`: refused unless the database is a sandbox
    /// (`drillRefusal`); writes the starting data and records the run. Returns the run's id.
    @discardableResult
    public func startDrill(_ scenario: Scenario, trainee: Int64, at: Date, rules: RuleSet,
                           calendar: WorkingDayCalendar) throws -> Int64 {
        if let refusal = try drillRefusal() {
            throw StorageError(.notPermitted, refusal)
        }
        let person = try pool.read { db in try PersonTable.require(trainee, in: db) }
        guard person.isActive else { throw StorageError(.notPermitted, PeopleText.personInactive) }
        let baseline = try pool.read { db in try Self.drillBaseline(in: db) }
        try applySetup(scenario.setup, trainee: person, at: at, rules: rules, calendar: calendar)
        let json = String(data: try JSONEncoder().encode(baseline), encoding: .utf8)!
        return try audited(by: trainee, at: at) { db in
            try db.execute(sql: "INSERT INTO drill_run (scenario, trainee_id, started_at, baseline) VALUES (?, ?, ?, ?)",
                           arguments: [scenario.id, trainee, at, json])
            let id = db.lastInsertedRowID
            return (id, [AuditEvent(action: "drill.start", entity: "drill_run", entityID: id, detail: ["scenario": scenario.id])])
        }
    }

    /// Checks the trainee's latest run of `scenario` and records the check; refused when it was never started.
    public func checkDrill(_ scenario: Scenario, trainee: Int64, at: Date, rules: RuleSet,
                           calendar: WorkingDayCalendar) throws -> DrillReport {
        if let refusal = try drillRefusal() { throw StorageError(.notPermitted, refusal) }
        guard let run = try latestDrillRun(scenario.id, trainee: trainee) else {
            throw StorageError(.notFound, "尚未开始演练“\(scenario.title)”：请先开始，再办理，最后检查")
        }
        let report = DrillCheck.check(scenario, facts: try drillFacts(run: run, trainee: trainee, at: at, rules: rules), calendar: calendar, rules: rules)
        let text = report.findings.map(\.line).joined(separator: "\n")
        try audited(by: trainee, at: at) { db in
            try db.execute(sql: "INSERT INTO drill_check (run_id, at, passed, differences, report) VALUES (?, ?, ?, ?, ?)",
                           arguments: [run.id, at, report.passed, report.differences.count, text])
            return ((), [AuditEvent(action: "drill.check", entity: "drill_run", entityID: run.id,
                                    detail: ["scenario": scenario.id, "passed": report.passed ? "1" : "0"])])
        }
        return report
    }

    /// Each scenario `trainee` has started, with whether its last check passed (nil: not checked yet).
    public func drillStatus(trainee: Int64) throws -> [String: Bool?] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.scenario, (SELECT c.passed FROM drill_check c WHERE c.run_id = r.id ORDER BY c.id DESC LIMIT 1) AS passed
                FROM drill_run r WHERE r.trainee_id = ? AND r.id = (SELECT MAX(id) FROM drill_run WHERE trainee_id = r.trainee_id AND scenario = r.scenario)
                """, arguments: [trainee])
            var out: [String: Bool?] = [:]
            for row in rows { out[row["scenario"] as String] = .some(row["passed"] as Bool?) }
            return out
        }
    }

    // MARK: - Runs

    struct DrillRun {
        var id: Int64
        var startedAt: Date
        var baseline: [String: Int64]
    }

    func latestDrillRun(_ scenario: String, trainee: Int64) throws -> DrillRun? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, started_at, baseline FROM drill_run WHERE scenario = ? AND trainee_id = ? ORDER BY id DESC LIMIT 1
                """, arguments: [scenario, trainee]) else { return nil }
            let baseline = try JSONDecoder().decode([String: Int64].self, from: Data((row["baseline"] as String).utf8))
            return DrillRun(id: row["id"], startedAt: row["started_at"], baseline: baseline)
        }
    }

    static func drillBaseline(in db: Database) throws -> [String: Int64] {
        var out: [String: Int64] = [:]
        for table in drillTables { out[table] = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM \(table)") ?? 0 }
        return out
    }
}
