import Domain
import Foundation
import GRDB

/// A drill's starting data, written through the same methods the tabs use, and the facts its
/// check reads back.
extension AppDatabase {
    // MARK: - Starting data

    /// Writes `setup`; what already exists (a person or room of the same name) is kept.
    func applySetup(_ setup: ScenarioSetup, trainee: Person, at: Date, rules: RuleSet, calendar: WorkingDayCalendar) throws {
        let actor = try setupActor(trainee)
        var people = try self.people(includeInactive: true)
        for seed in setup.people where !people.contains(where: { $0.name == seed.name }) {
            people.append(try addPerson(name: seed.name, roles: seed.roles, zone: nil, pin: nil, by: actor, at: at))
        }
        for h in setup.households {
            if try household(room: h.room) == nil { _ = try addHousehold(h, by: actor, at: at) }
        }
        let today = ShanghaiCalendar.day(of: at)
        for (fund, amount) in setup.budgets.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            if try !hasBudget(fund, year: today.year) { try setBudget(amount, fund: fund, year: today.year, by: actor, at: at) }
        }
        for seed in setup.shifts { try addShift(drillShift(seed, trainee: trainee.id, at: at, calendar: calendar), rules: rules, by: actor, at: at) }
        for seed in setup.expenses {
            let requester = try seed.requester.map { name in
                guard let p = people.first(where: { $0.name == name }) else { throw StorageError(.notFound, "场景中的申请人“\(name)”不存在") }
                return p.id
            } ?? trainee.id
            let request = ExpenseRequest(fund: seed.fund, category: seed.category, project: seed.purpose, amount: seed.amount,
                                         payee: seed.payee, purpose: seed.purpose, payment: .bankTransfer,
                                         date: today.adding(days: -seed.daysAgo), payeeKind: .organisation)  // the scenarios' payees are shops
            try requestExpense(request, by: requester, at: at, rules: rules)
        }
    }

    /// Whoever writes the starting data: the trainee if a secretary, else the committee's secretary.
    func setupActor(_ trainee: Person) throws -> Int64 {
        if trainee.has(.secretary) { return trainee.id }
        guard let secretary = try people(includeInactive: false).first(holding: .secretary) else {
            throw StorageError(.notPermitted, "练习库中没有在用的书记：演练的起始数据记在书记名下")
        }
        return secretary.id
    }

    func hasBudget(_ fund: FundKind, year: Int) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM fund_budget WHERE year = ? AND fund = ?)",
                              arguments: [year, fund.rawValue]) ?? false
        }
    }

    /// The trainee's shift: from the minute the drill starts (plus the offset), cut at the day's last minute.
    func drillShift(_ seed: ScenarioSetup.ShiftSeed, trainee: Int64, at: Date, calendar: WorkingDayCalendar) throws -> ShiftDraft {
        let start = at.addingTimeInterval(TimeInterval(seed.startOffsetMinutes * 60))
        let day = ShanghaiCalendar.day(of: start)
        let from = ClockTime.of(start).minutes
        let to = min(from + seed.lengthMinutes, 23 * 60 + 59)
        guard let a = ClockTime(minutes: from), let b = ClockTime(minutes: to),
              let span = TimeSpan(a, b), to - from >= 30 else {
            throw StorageError(.invalidInput, "现在离午夜太近，排不下演练的值班：请明天再开始此演练")
        }
        return ShiftDraft(date: day, span: span, kind: ShiftKind.of(day, calendar: calendar), workers: [trainee])
    }

    // MARK: - Facts

    /// What a check reads: the records written since the run began, the registry, the sign-ins.
    func drillFacts(run: DrillRun, trainee: Int64, at: Date, rules: RuleSet) throws -> DrillFacts {
        let base = { (table: String) in run.baseline[table] ?? 0 }
        let (receptionIDs, visitIDs, expenseIDs, signIns, points, name) = try pool.read { db in
            (try Int64.fetchAll(db, sql: "SELECT id FROM reception WHERE id > ? ORDER BY id", arguments: [base("reception")]),
             try Int64.fetchAll(db, sql: """
                SELECT id FROM visit WHERE id > ? AND id NOT IN (SELECT corrects FROM visit WHERE corrects IS NOT NULL) ORDER BY id
                """, arguments: [base("visit")]),
             try Int64.fetchAll(db, sql: "SELECT id FROM expense WHERE id > ?", arguments: [base("expense")]),
             try Self.drillSignIns(after: base("duty_sign"), in: db),
             try Self.drillPoints(after: base("points_entry"), in: db),
             try PersonTable.require(trainee, in: db).name)
        }
        let years = Set([ShanghaiCalendar.day(of: run.startedAt).year, ShanghaiCalendar.day(of: at).year])
        let expenses = try years.sorted().flatMap { try fundsBook(year: $0, rules: rules).records }
        return DrillFacts(trainee: name, receptions: try receptionIDs.compactMap { try reception(id: $0) },
                          visits: try visitIDs.map { try visit(id: $0) }, households: try households(), signIns: signIns,
                          expenses: expenses.filter { expenseIDs.contains($0.id) }, points: points)
    }

    static func drillSignIns(after id: Int64, in db: Database) throws -> [DrillFacts.SignIn] {
        try Row.fetchAll(db, sql: """
            SELECT p.name, s.date, s.start_min, g.at FROM duty_sign g
            JOIN duty_assignment a ON a.id = g.assignment_id JOIN duty_shift s ON s.id = a.shift_id JOIN person p ON p.id = a.person_id
            WHERE g.id > ? AND g.kind = 'in' ORDER BY g.id
            """, arguments: [id]).compactMap { row in
            guard let day = LocalDate(iso: row["date"]) else { return nil }
            let start = ShanghaiCalendar.startOfDay(day).addingTimeInterval(TimeInterval((row["start_min"] as Int) * 60))
            return DrillFacts.SignIn(workerName: row["name"], shiftStart: start, at: row["at"])
        }
    }

    static func drillPoints(after id: Int64, in db: Database) throws -> [DrillFacts.PointsEntry] {
        try Row.fetchAll(db, sql: """
            SELECT p.name, e.line FROM points_entry e JOIN person p ON p.id = e.worker_id WHERE e.id > ? ORDER BY e.id
            """, arguments: [id]).compactMap { row in
            guard let line = try? JSONDecoder().decode(PointsLine.self, from: Data((row["line"] as String).utf8)) else { return nil }
            return DrillFacts.PointsEntry(workerName: row["name"], line: line)
        }
    }
}
