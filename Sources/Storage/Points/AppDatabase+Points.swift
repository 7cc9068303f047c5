import Domain
import Foundation
import GRDB

/// The points card (附件三): reading a worker's card, the secretary's manual lines, signature
/// (书记签名) and amendments after it.
///
/// Only a secretary writes here, checked in this layer and not only on screen. Every line is
/// checked by Domain's `PointsScorer` before it is saved; a signed card is final and changes only
/// by an amendment with its reason, the original kept (积分规则说明 4).
extension AppDatabase {
    // MARK: - Reading

    /// The card of `worker` for `month`, its computed items judged at `now`.
    public func pointsCard(worker: Int64, month: Month, now: Date, rules: RuleSet) throws -> PointsCard {
        try pool.read { db in try PointsTable.card(of: worker, in: month, now: now, rules: rules, in: db) }
    }

    /// The workers who have a card: active people with the worker role, by name.
    public func pointsWorkers() throws -> [Person] {
        try pool.read { db in try Self.cardHolders(in: db) }
    }

    /// Every signed card of `year` (with its amendments), by worker id then month.
    public func signedPointsCards(year: Int) throws -> [PointsCard] {
        try pool.read { db in try PointsTable.signedCards(in: year, in: db) }
    }

    /// Earlier months, before `month`, whose cards are not yet signed, oldest first, by worker.
    /// A worker's months count from the month they joined (`PointsTable.firstCardMonths`), never
    /// before the first month anything that scores was recorded. The whole list: entering the
    /// tab reads only its oldest few and its length (`unsignedPointsReminder(before:first:)`).
    public func unsignedPointsMonths(before month: Month) throws -> [(worker: Person, month: Month)] {
        try pool.read { db in
            guard var cursor = try PointsTable.firstActiveMonth(in: db) else { return [] }
            let workers = try Self.cardHolders(in: db)
            let joined = try PointsTable.firstCardMonths(in: db)   // one statement, not four a worker
            let signed = try PointsTable.signedCardKeys(in: db)   // one statement, not one a worker and month
            var result: [(worker: Person, month: Month)] = []
            while cursor < month {
                for worker in workers where joined[worker.id].map({ $0 <= cursor }) ?? true {
                    if !signed.contains(PointsTable.cardKey(worker.id, cursor.description)) { result.append((worker, cursor)) }
                }
                cursor = cursor.next
            }
            return result
        }
    }

    // MARK: - The secretary's changes

    /// Adds a line only a person can judge, checked by the rules (see `insertLine`).
    @discardableResult
    public func addPointsLine(_ line: PointsLine, worker: Int64, month: Month, by actor: Int64, at: Date,
                              rules: RuleSet) throws -> Int64 {
        try audited(by: actor, at: at) { db in
            try PersonTable.require(.enterPoints, by: actor, in: db)
            let (id, event) = try Self.insertLine(line, worker: worker, month: month, by: actor, at: at, rules: rules, in: db)
            return (id, [event])
        }
    }

    /// Checks and saves one line inside the caller's transaction: refused for a computed item,
    /// a line the rules refuse (a deduction outside its range, no 会议记录), or a signed card.
    static func insertLine(_ line: PointsLine, worker: Int64, month: Month, by actor: Int64, at: Date, rules: RuleSet,
                           in db: Database) throws -> (Int64, AuditEvent) {
        let holder = try requireCardHolder(worker, in: db)
        guard !PointsSources.computedItems.contains(line.item) else {
            throw StorageError(.invalidInput, PointsText.computedItem(line.item))
        }
        if let problem = PointsScorer.check(line, rules: rules) { throw StorageError(.invalidInput, problem.message) }
        let (line, decisionID) = try withBasis(line, month: month, rules: rules, in: db)
        if let problem = RecordDates.problem(month, label: "积分月份", thisMonth: ShanghaiCalendar.month(of: at),
                                             firstYear: try Self.committeeFirstYear(in: db)) {
            throw StorageError.invalid(problem)
        }
        guard try !PointsTable.isSigned(worker, month, in: db) else {
            throw StorageError(.notPermitted, PointsText.alreadySigned(holder.name, month))
        }
        let id = try PointsTable.insertEntry(line, worker: worker, month: month, decision: decisionID, by: actor, at: at, in: db)
        let scored = PointsScorer.score(line, rules: rules)
        let detail = ["worker": holder.name, "month": month.description, "item": line.item.title,
                      "line": try PointsTable.encode(line), "points": Points.format(scored.points)]
        return (id, AuditEvent(action: "points.line.add", entity: "points_entry", entityID: id, detail: detail))
    }

    /// Signs `worker`'s card for `month`, making it final: the whole card as it stands is kept.
    @discardableResult
    public func signPointsCard(worker: Int64, month: Month, by actor: Int64, at: Date, rules: RuleSet) throws -> PointsCard {
        try audited(by: actor, at: at) { db in
            let (card, event) = try Self.sign(worker, month, by: actor, at: at, rules: rules, in: db)
            return (card, [event])
        }
    }

    /// Signs every unsigned card of `month` at once (after review); the cards signed, by name.
    @discardableResult
    public func signPointsMonth(_ month: Month, by actor: Int64, at: Date, rules: RuleSet) throws -> [PointsCard] {
        if let early = PointsCard.signingRefusal(month, on: ShanghaiCalendar.day(of: at)) { throw StorageError.invalid(early) }
        return try audited(by: actor, at: at) { db in
            var cards: [PointsCard] = []
            var events: [AuditEvent] = []
            for worker in try Self.cardHolders(in: db) where try !PointsTable.isSigned(worker.id, month, in: db) {
                let (card, event) = try Self.sign(worker.id, month, by: actor, at: at, rules: rules, in: db)
                cards.append(card)
                events.append(event)
            }
            if events.isEmpty {
                events.append(AuditEvent(action: "points.month.sign", entity: "points_signature", entityID: nil,
                                         detail: ["month": month.description, "signed": "0"]))
            }
            return (cards, events)
        }
    }

    /// Amends a signed card to `lines` with a reason; the signed lines and every earlier amendment stay.
    @discardableResult
    public func amendPointsCard(worker: Int64, month: Month, lines: [PointsLine], reason: String, by actor: Int64,
                                at: Date, rules: RuleSet) throws -> PointsCard {
        try amendSigned(worker, month, by: actor, at: at, rules: rules) { card, person, _ in
            card.amended(lines: lines, reason: reason, by: person, on: ShanghaiCalendar.day(of: at), rules: rules)
        }
    }

    /// Amends one line of a signed card with a reason: `line` added (no `index`), put in place of
    /// line `index` of the lines in force, or that line struck (no `line`). The amendment points at
    /// the line; the original stays on the card and in the audit log beside the new value.
    @discardableResult
    public func amendPointsLine(worker: Int64, month: Month, index: Int?, to line: PointsLine?, reason: String,
                                by actor: Int64, at: Date, rules: RuleSet) throws -> PointsCard {
        try amendSigned(worker, month, by: actor, at: at, rules: rules) { card, person, db in
            let line = try line.map { try Self.withBasis($0, month: month, rules: rules, in: db).0 }
            return card.amending(line: index, to: line, reason: reason, by: person, on: ShanghaiCalendar.day(of: at), rules: rules)
        }
    }

    /// Amends a signed card by recomputing `shown.item` from its records as they stand at `at`,
    /// taking in what reached the month after signing (签名后新增); the audit row names the records
    /// this recomputation newly takes in. `shown` is the line the confirmation showed the secretary:
    /// when the records now prove another (a record arrived in between), nothing is written.
    @discardableResult
    public func recomputePointsItem(as shown: PointsLine, worker: Int64, month: Month, reason: String, by actor: Int64,
                                    at: Date, rules: RuleSet) throws -> PointsCard {
        try amendSigned(worker, month, by: actor, at: at, rules: rules) { card, person, db in
            let facts = try PointsSources.Facts.read(month, worker: worker, in: db)
            let lines = PointsSources.lines(of: worker, in: month, facts: facts, now: at, rules: rules)
            guard let line = lines.first(where: { $0.item == shown.item }) else { return .failure(PointsCard.notRecomputable(shown.item)) }
            guard line == shown else {
                throw StorageError(.invalidInput, PointsText.recomputeChanged(shown: shown, now: line, rules: rules))
            }
            return card.recomputing(line, reason: reason, by: person, on: ShanghaiCalendar.day(of: at), rules: rules)
        }
    }

    private func amendSigned(_ worker: Int64, _ month: Month, by actor: Int64, at: Date, rules: RuleSet,
                             _ change: (PointsCard, Person, Database) throws -> Result<PointsCard, InputError>) throws -> PointsCard {
        try audited(by: actor, at: at) { db in
            let person = try PersonTable.require(.signPoints, by: actor, in: db)
            let holder = try Self.requireCardHolder(worker, in: db)
            let card = try PointsTable.card(of: worker, in: month, now: at, rules: rules, in: db)
            guard card.isSigned else { throw StorageError(.notPermitted, PointsText.notSigned(holder.name, month)) }
            let amended = try change(card, person, db).mapError(StorageError.invalid).get()
            let amendment = amended.amendments[amended.amendments.count - 1]
            let id = try PointsTable.insertAmendment(amendment, of: amended, at: at, in: db)
            var detail = ["worker": holder.name, "month": month.description, "reason": amendment.reason,
                          "before": Points.format(CardTotal.of(card, rules: rules).total),
                          "after": Points.format(CardTotal.of(amended, rules: rules).total),
                          "lines": try PointsTable.encode(amendment.lines)]
            if let note = LineChangeNote.of(amended, rules: rules).last, amendment.change != nil {
                detail["change"] = note.sentence
                detail["original"] = try note.before.map { try PointsTable.encode($0.line) } ?? ""
                if amendment.recomputed { detail["records"] = try Self.lateSentences(note.item, of: card, in: db) }
            }
            return (amended, [AuditEvent(action: "points.amend", entity: "points_amendment", entityID: id, detail: detail)])
        }
    }

    /// The records of `item` a recomputation of `card` newly takes in, in words, for its audit row.
    private static func lateSentences(_ item: PointsItem, of card: PointsCard, in db: Database) throws -> String {
        let records = try PointsLateRecords.notTakenIn(card, in: db) ?? []
        return records.filter { $0.item == item }.map(\.sentence).joined(separator: "；")
    }

    /// What the records of a signed `card` prove now, where it differs from the card (签名后新增),
    /// from the facts of the month already read.
    static func lateAdditions(_ card: PointsCard, facts: PointsSources.Facts, now: Date, rules: RuleSet,
                              in db: Database) throws -> [LateAddition] {
        guard card.isSigned, let records = try PointsLateRecords.notTakenIn(card, in: db) else { return [] }
        let recomputed = PointsSources.lines(of: card.workerID, in: card.month, facts: facts, now: now, rules: rules)
        return LateAddition.of(card, recomputed: recomputed, records: records, rules: rules)
    }

    // MARK: - Inside

    private static func sign(_ worker: Int64, _ month: Month, by actor: Int64, at: Date, rules: RuleSet,
                             in db: Database) throws -> (PointsCard, AuditEvent) {
        let person = try PersonTable.require(.signPoints, by: actor, in: db)
        let holder = try requireCardHolder(worker, in: db)
        let today = ShanghaiCalendar.day(of: at)
        if let early = PointsCard.signingRefusal(month, on: today) { throw StorageError.invalid(early) }
        let card = try PointsTable.card(of: worker, in: month, now: at, rules: rules, in: db)
        guard !card.isSigned else { throw StorageError(.notPermitted, PointsText.alreadySigned(holder.name, month)) }
        let signed = try card.signed(by: person, on: today, rules: rules).mapError(StorageError.invalid).get()
        try PointsTable.insertSignature(signed, at: at, in: db)
        let detail = ["worker": holder.name, "month": month.description, "signer": person.name,
                      "total": Points.format(CardTotal.of(signed, rules: rules).total), "lines": try PointsTable.encode(signed.lines)]
        return (signed, AuditEvent(action: "points.sign", entity: "points_signature", entityID: worker, detail: detail))
    }

    static func requireCardHolder(_ id: Int64, in db: Database) throws -> Person {
        let person = try PersonTable.require(id, in: db)
        guard person.has(.worker) else { throw StorageError(.invalidInput, PointsText.notAWorker(person.name)) }
        return person
    }

    /// The active people with the worker role, by name, as `PersonTable.fetchAll` reads them but
    /// only the workers and by column position: reading every person by column name took 30 ms of
    /// entering the tab on the district's file (2,385 people).
    static func cardHolders(in db: Database) throws -> [Person] {
        let worker: StatementArguments = [Role.worker.rawValue]
        let workers = "SELECT person_id FROM person_role WHERE role = ?"
        var roles: [Int64: Set<Role>] = [:]
        let roleRows = try Row.fetchCursor(db, sql: "SELECT person_id, role FROM person_role WHERE person_id IN (\(workers))", arguments: worker)
        while let row = try roleRows.next() {
            if let role = Role(rawValue: row[1]) { roles[row[0], default: []].insert(role) }
        }
        var people: [Person] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, name, zone, is_active, pin_hash IS NOT NULL FROM person WHERE is_active = 1 AND id IN (\(workers))
            """, arguments: worker)
        while let row = try rows.next() {
            people.append(Person(id: row[0], name: row[1], roles: roles[row[0]] ?? [], zone: row[2], isActive: row[3], hasPin: row[4]))
        }
        return people.sorted { $0.name < $1.name }
    }
}
