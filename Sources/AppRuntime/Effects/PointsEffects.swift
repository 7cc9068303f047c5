import AppCore
import Domain
import Foundation
import Storage

/// The points tab's effects against a `PointsStore`: each write is followed by the card as storage
/// now holds it, so the tab always shows what was saved. The clock is the runner's, never typed;
/// each month is scored by the rule set in force on its last day.
struct PointsEffects {
    let store: any PointsStore
    let now: Date

    func run(_ effect: PointsEffect) throws -> Action {
        switch effect {
        case .load(let worker, let month, let overview, let reminders):
            return try pointsLoaded(worker, month ?? ShanghaiCalendar.month(of: now), overview: overview, reminders: reminders, note: nil)
        case .addLine(let line, let worker, let month, let actor):
            try store.addPointsLine(line, worker: worker, month: month, by: actor, at: now, rules: try RuleBook.bundled().rules(on: month.lastDay))
            return try pointsLoaded(worker, month, overview: true, note: PointsText.added(line))
        case .sign(let worker, let month, let actor):
            let card = try store.signPointsCard(worker: worker, month: month, by: actor, at: now, rules: try RuleBook.bundled().rules(on: month.lastDay))
            return try pointsLoaded(worker, month, overview: true, note: PointsText.signed(card, rules: try RuleBook.bundled().rules(on: month.lastDay)))
        case .signMonth(let month, let worker, let actor):
            let cards = try store.signPointsMonth(month, by: actor, at: now, rules: try RuleBook.bundled().rules(on: month.lastDay))
            return try pointsLoaded(worker, month, overview: true, note: PointsText.signedMonth(month, cards.count))
        case .amend(let worker, let month, let lines, let reason, let actor):
            try store.amendPointsCard(worker: worker, month: month, lines: lines, reason: reason, by: actor, at: now,
                                         rules: try RuleBook.bundled().rules(on: month.lastDay))
            return try pointsLoaded(worker, month, overview: true, note: PointsText.amended(reason))
        case .ranking(let year): return .points(.ranking(try PointsRanking.load(year: year, from: store)))
        case .amendLine(let worker, let month, let index, let line, let reason, let actor):
            try store.amendPointsLine(worker: worker, month: month, index: index, to: line, reason: reason, by: actor, at: now,
                                         rules: try RuleBook.bundled().rules(on: month.lastDay))
            return try pointsLoaded(worker, month, overview: true, note: PointsText.amended(reason))
        case .recompute(let worker, let month, let line, let reason, let actor):
            do {
                try store.recomputePointsItem(as: line, worker: worker, month: month, reason: reason, by: actor, at: now,
                                              rules: try RuleBook.bundled().rules(on: month.lastDay))
            } catch let refusal as StorageError where refusal.kind == .invalidInput {
                // The records changed since the confirmation: the card read again, the refusal said.
                guard case .points(.loaded(let card, _)) = try pointsLoaded(worker, month, overview: true, note: nil) else { throw refusal }
                return .points(.recomputeRefused(card, because: refusal.message))
            }
            return try pointsLoaded(worker, month, overview: true, note: PointsText.recomputed(line.item, reason))
        }
    }

    /// The card of `worker` (or the first worker with a card, when they have none) for `month`,
    /// with the records behind it and, for the secretary, every worker's month and the reminders.
    private func pointsLoaded(_ worker: Int64, _ month: Month, overview: Bool, reminders: Bool = true, note: String?) throws -> Action {
        let rules = try RuleBook.bundled().rules(on: month.lastDay)
        let workers = try store.pointsWorkers()
        // A secretary who holds no card of their own is shown the first worker's, overview or not.
        let asked = try workers.first(where: { $0.id == worker }) == nil ? store.person(id: worker) : nil
        guard let shown = workers.first(where: { $0.id == worker }) ?? (overview || Permission.overseeTeam.allows(asked) ? workers.first : nil)
                ?? asked else {
            return .failed(PointsText.noWorker)
        }
        // Every worker's month in one read (a street's file holds hundreds of workers).
        let rows: [PointsOverviewRow]? = overview ? try store.pointsMonthCards(month: month, now: now, rules: rules).map { w, card in
            PointsOverviewRow(worker: w, card: card, total: CardTotal.of(card, rules: rules))
        } : nil
        // The oldest few and the count, as the screen shows them (not every worker's every month).
        let unsigned = overview || reminders
            ? try store.unsignedPointsReminder(before: ShanghaiCalendar.month(of: now), first: PointsReminder.shown, workers: workers) : nil
        // The shown worker's records of the month only, read with the card (not every committee's, then filtered).
        let shownCard = try store.pointsCardWithRecords(worker: shown.id, month: month, now: now, rules: rules)
        var snapshot = PointsSnapshot(
            month: month, worker: shown, card: shownCard.card, rules: rules, visits: shownCard.visits, shifts: shownCard.shifts,
            overview: rows, unsigned: unsigned?.oldest.map { PointsReminder(name: $0.worker.name, month: $0.month) } ?? [],
            unsignedCount: unsigned?.count)
        snapshot.workers = workers
        snapshot.receptions = shownCard.receptions
        snapshot.replies = shownCard.replies
        snapshot.decisions = try store.boardDecisions()
        snapshot.late = shownCard.late
        return .points(.loaded(snapshot, note: note))
    }
}

extension PointsRanking {
    /// The year's ranking from `store`: this committee's signed totals (each month by the rule
    /// set in force on its last day) and the totals imported from other committees, with the day
    /// each was imported; ranked by the rule set in force at the end of the year.
    static func load(year: Int, from store: any PointsStore) throws -> PointsRanking {
        let totals = try store.pointsYearTotals(year: year, rules: { try RuleBook.bundled().rules(on: $0.lastDay) })
            + store.importedPointsTotals(year: year)
        let entries = totals.enumerated().map { i, t in
            YearRanking.Entry(workerID: Int64(i), name: t.name, streetOffice: t.streetOffice, total: t.total, committee: t.committee,
                              importedOn: t.importedAt.map(ShanghaiCalendar.day(of:)))
        }
        let rules = try RuleBook.bundled().rules(on: LocalDate(year: year, month: 12, day: 31)!)
        return PointsRanking(year: year, offices: YearRanking.rank(entries, rules: rules), rules: rules)
    }
}
