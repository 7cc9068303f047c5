import Domain
import Foundation
import Storage

/// Builds a demo database file: generates each committee's batch and hands it to the bulk
/// writer, then signs some points cards through the program's own (audited) signing.
public enum DemoBuilder {
    /// What was made, for the command's summary.
    public struct Report: Sendable {
        public var path: String
        public var committees: Int
        public var rows: Int
        public var firstCommittee: Committee
        public var signedCards: Int
    }

    public enum BuildError: Error, Equatable {
        /// The file is there and `force` was not given.
        case exists(String)

        public var message: String {
            switch self {
            case .exists(let path): return "文件已存在，不会覆盖：\(path)（要重新生成请加 --force）"
            }
        }
    }

    /// Writes the demo database at `path`; refuses an existing file unless `force`, and removes
    /// a half-written file when anything fails. `progress` hears of each committee written.
    @discardableResult
    public static func build(path: String, settings: DemoSettings, force: Bool,
                             progress: (Int, Int) -> Void = { _, _ in }) throws -> Report {
        let files = [path, path + "-wal", path + "-shm"]
        if FileManager.default.fileExists(atPath: path) {
            guard force else { throw BuildError.exists(path) }
            for file in files { try? FileManager.default.removeItem(atPath: file) }
        }
        do {
            return try write(path: path, settings: settings, progress: progress)
        } catch {
            for file in files { try? FileManager.default.removeItem(atPath: file) }
            throw error
        }
    }

    private static func write(path: String, settings: DemoSettings, progress: (Int, Int) -> Void) throws -> Report {
        let rules = try RuleBook.bundled().rules(on: settings.asOf)
        let plans = DemoCommitteePlan.all(for: settings.scale)
        let at = DemoTime.date(DemoTime.instant(settings.asOf, minute: 480))
        let loader = try DemoLoader(path: path, committee: plans[0].committee, pin: DemoSettings.pin,
                                    seed: settings.seed, at: at)
        let policies = try loader.policyItems().compactMap { item in
            item.id.map { DemoPolicy(id: $0, title: item.title, category: item.lineOfBusiness, department: item.department) }
        }
        var generator = DemoGenerator(settings: settings, policies: policies, calendar: try WorkingDayCalendar.bundled(),
                                      rules: rules)
        var rows = 0
        for plan in plans {
            let batch = generator.batch(for: plan)
            rows += batch.rowCount
            try loader.write(batch, settings: settings.auditDetail, at: at)
            progress(plan.index + 1, plans.count)
        }
        try loader.finish(budgetPerCommittee: rules.money.fundBudget, setBy: 1, at: at)
        let signed = try signCards(path: path, settings: settings, workers: Int64(DemoGenerator.workersPerCommittee), rules: rules)
        return Report(path: path, committees: plans.count, rows: rows, firstCommittee: plans[0].committee, signedCards: signed)
    }

    /// The first committee's cards of the two months before `asOf`'s month, signed by its
    /// secretary (person 1) early in the month after, as the program itself signs them.
    static func signCards(path: String, settings: DemoSettings, workers: Int64, rules: RuleSet) throws -> Int {
        let db = try AppDatabase.open(path: path)
        var signed = 0
        let current = settings.asOf.calendarMonth
        for month in [current.previous.previous, current.previous] where settings.monthRange.contains(month) {
            let day = min(month.next.firstDay.adding(days: 2), settings.asOf)
            let at = DemoTime.date(DemoTime.instant(day, minute: 600))
            for worker in 2...(workers + 1) {
                try db.signPointsCard(worker: worker, month: month, by: 1, at: at, rules: rules)
                signed += 1
            }
        }
        return signed
    }

}
