import Domain
import Foundation
import Storage

/// What the points tab's effects and the year's ranking need of storage: the cards with the
/// records behind them, their lines, signatures and amendments, and the yearly totals.
public protocol PointsStore {
    // MARK: - Reading

    func pointsWorkers() throws -> [Person]
    func person(id: Int64) throws -> Person?
    func pointsMonthCards(month: Month, now: Date, rules: RuleSet) throws -> [(worker: Person, card: PointsCard)]
    func unsignedPointsReminder(before month: Month, first limit: Int, workers: [Person]?) throws -> UnsignedPointsMonths
    func pointsCardWithRecords(worker: Int64, month: Month, now: Date, rules: RuleSet) throws -> PointsCardRecords
    func pointsYearTotals(year: Int, rules: (Month) throws -> RuleSet) throws -> [PointsYearTotal]
    func importedPointsTotals(year: Int) throws -> [PointsYearTotal]
    func boardDecisions() throws -> [DecisionCitation]

    // MARK: - Writing

    @discardableResult
    func addPointsLine(_ line: PointsLine, worker: Int64, month: Month, by actor: Int64, at: Date, rules: RuleSet) throws -> Int64
    func signPointsCard(worker: Int64, month: Month, by actor: Int64, at: Date, rules: RuleSet) throws -> PointsCard
    func signPointsMonth(_ month: Month, by actor: Int64, at: Date, rules: RuleSet) throws -> [PointsCard]
    @discardableResult
    func amendPointsCard(worker: Int64, month: Month, lines: [PointsLine], reason: String, by actor: Int64,
                         at: Date, rules: RuleSet) throws -> PointsCard
    @discardableResult
    func amendPointsLine(worker: Int64, month: Month, index: Int?, to line: PointsLine?, reason: String,
                         by actor: Int64, at: Date, rules: RuleSet) throws -> PointsCard
    @discardableResult
    func recomputePointsItem(as shown: PointsLine, worker: Int64, month: Month, reason: String, by actor: Int64,
                             at: Date, rules: RuleSet) throws -> PointsCard
}

extension AppDatabase: PointsStore {}
