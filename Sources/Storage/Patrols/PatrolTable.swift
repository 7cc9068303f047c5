import Domain
import Foundation
import GRDB

/// SQL of the patrols' tables (`v37-patrols-findings`).
enum PatrolTable {
    /// Stores `patrol` (already checked) with its patrollers' ids in order; returns it numbered.
    static func insert(_ patrol: Patrol, members: [Int64], by actor: Int64, at: Date, in db: Database) throws -> Patrol {
        try db.execute(sql: "INSERT INTO patrol (date, zone, buildings, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [patrol.date.iso, patrol.zone, patrol.buildings, actor, at])
        var saved = patrol
        saved.id = db.lastInsertedRowID
        for (index, person) in members.enumerated() {
            try db.execute(sql: "INSERT INTO patrol_member (patrol_id, person_id, position) VALUES (?, ?, ?)",
                           arguments: [saved.id, person, index + 1])
        }
        for i in saved.findings.indices {
            saved.findings[i].id = try insert(saved.findings[i], patrol: saved.id, in: db)
            if let closure = saved.findings[i].closure { try close(saved.findings[i].id, closure, by: actor, at: at, in: db) }
        }
        return saved
    }

    private static func insert(_ f: PatrolFinding, patrol: Int64, in db: Database) throws -> Int64 {
        var caseNumber: String?, meeting: Int64?
        if case .gridCentre(let number) = f.handling { caseNumber = number }
        if case .meeting(let id) = f.handling { meeting = id }
        try db.execute(sql: """
            INSERT INTO patrol_finding (patrol_id, category, place, problem, handling, case_number, meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [patrol, f.category.rawValue, f.place, f.problem, f.handling.kind.rawValue, caseNumber, meeting])
        return db.lastInsertedRowID
    }

    static func close(_ finding: Int64, _ closure: FindingClosure, by actor: Int64, at: Date, in db: Database) throws {
        try db.execute(sql: "INSERT INTO finding_closure (finding_id, date, outcome, closed_by, closed_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [finding, closure.date.iso, closure.outcome, actor, at])
    }

    /// The patrols dated from `first` through `last`, in date order, with their people and findings.
    static func patrols(from first: LocalDate, through last: LocalDate, in db: Database) throws -> [Patrol] {
        try Row.fetchAll(db, sql: "SELECT id, date, zone, buildings FROM patrol WHERE date BETWEEN ? AND ? ORDER BY date, id",
                         arguments: [first.iso, last.iso]).map { try patrol(from: $0, in: db) }
    }

    /// Every patrol with a finding still open, in date order.
    static func withOpenFindings(in db: Database) throws -> [Patrol] {
        try Row.fetchAll(db, sql: """
            SELECT id, date, zone, buildings FROM patrol p WHERE EXISTS (
                SELECT 1 FROM patrol_finding f WHERE f.patrol_id = p.id
                AND NOT EXISTS (SELECT 1 FROM finding_closure c WHERE c.finding_id = f.id))
            ORDER BY date, id
            """).map { try patrol(from: $0, in: db) }
    }

    /// The date of the patrol that found `finding`, and whether it is closed; nil when there is no such finding.
    static func finding(_ id: Int64, in db: Database) throws -> (found: LocalDate, closed: Bool)? {
        try Row.fetchOne(db, sql: """
            SELECT p.date, EXISTS (SELECT 1 FROM finding_closure c WHERE c.finding_id = f.id) AS closed
            FROM patrol_finding f JOIN patrol p ON p.id = f.patrol_id WHERE f.id = ?
            """, arguments: [id]).map { (LocalDate(iso: $0["date"])!, $0["closed"]) }
    }

    private static func patrol(from row: Row, in db: Database) throws -> Patrol {
        let id: Int64 = row["id"]
        let names = try String.fetchAll(db, sql: """
            SELECT p.name FROM patrol_member m JOIN person p ON p.id = m.person_id WHERE m.patrol_id = ? ORDER BY m.position
            """, arguments: [id])
        let findings = try Row.fetchAll(db, sql: """
            SELECT f.*, c.date AS closed_on, c.outcome FROM patrol_finding f LEFT JOIN finding_closure c ON c.finding_id = f.id
            WHERE f.patrol_id = ? ORDER BY f.id
            """, arguments: [id]).map(finding(from:))
        return Patrol(id: id, date: LocalDate(iso: row["date"])!, patrollers: names, zone: row["zone"], buildings: row["buildings"],
                      findings: findings)
    }

    private static func finding(from row: Row) -> PatrolFinding {
        let handling: FindingHandling
        switch FindingHandling.Kind(rawValue: row["handling"]) ?? .committee {
        case .onTheSpot: handling = .onTheSpot
        case .committee: handling = .committee
        case .gridCentre: handling = .gridCentre(caseNumber: row["case_number"] ?? "")
        case .meeting: handling = .meeting(row["meeting_id"])
        }
        let closedOn: String? = row["closed_on"]
        let closure = closedOn.flatMap(LocalDate.init(iso:)).map { FindingClosure(date: $0, outcome: row["outcome"]) }
        return PatrolFinding(id: row["id"], category: FindingCategory(rawValue: row["category"]) ?? .other, place: row["place"],
                             problem: row["problem"], handling: handling, closure: closure)
    }
}
