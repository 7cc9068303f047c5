import Domain
import Foundation
import GRDB

/// The items of the points card that the records prove, one function an item, each reading its
/// records inside the caller's transaction and returning the card's line.
///
/// 首问接待 and 线上反馈 have no records in this database yet (the reception log is being built):
/// their lines say so and count 0. Wiring them in is replacing `receptionLine` and
/// `onlineReplyLine` with a count of the confirmed records; nothing else changes.
enum PointsSources {
    /// The items the records prove, in the card's order; never typed by a person.
    static let computedItems: [PointsItem] = [.reception, .onlineReply, .visits, .duty]

    /// The items a person judges and enters with their evidence.
    static var manualItems: [PointsItem] { PointsEntryInput.manualItems }

    /// The computed lines of `worker`'s card for `month`, judged at `now`.
    static func lines(of worker: Int64, in month: Month, now: Date, rules: RuleSet, in db: Database) throws -> [PointsLine] {
        [try receptionLine(of: worker, in: month, db),
         try onlineReplyLine(of: worker, in: month, db),
         try visitsLine(of: worker, in: month, db),
         try dutyLine(of: worker, in: month, now: now, rules: rules, db)]
    }

    // MARK: - One function an item

    /// 首问接待: confirmed records, 0.2 each — no source yet, so 0 and the reason on the card.
    static func receptionLine(of worker: Int64, in month: Month, _ db: Database) throws -> PointsLine {
        PointsLine(.reception, .count(0), evidence: PointsMessages.noSourceYet)
    }

    /// 线上反馈: replies on the platform, 0.5 each — no source yet, so 0 and the reason on the card.
    static func onlineReplyLine(of worker: Int64, in month: Month, _ db: Database) throws -> PointsLine {
        PointsLine(.onlineReply, .count(0), evidence: PointsMessages.noSourceYet)
    }

    /// 社区走访: distinct households of the month's visit records (latest versions), by the quota.
    static func visitsLine(of worker: Int64, in month: Month, _ db: Database) throws -> PointsLine {
        let records = try VisitTable.fetch(in: month, worker: worker, in: db)
        let households = VisitQuota.households(of: worker, in: month, visits: records.map(\.visit))
        return PointsLine(.visits, .households(households), evidence: PointsMessages.visitsEvidence(records: records.count))
    }

    /// 错时值班: shifts signed in on time and signed out, by `DutyTally`.
    static func dutyLine(of worker: Int64, in month: Month, now: Date, rules: RuleSet, _ db: Database) throws -> PointsLine {
        let shifts = try DutyTable.shifts(from: month.firstDay, through: month.lastDay, in: db)
        let tally = DutyTally.of(worker, in: month, shifts: shifts, now: now, rules: rules)
        return PointsLine(.duty, .count(tally.worked), evidence: PointsMessages.dutyEvidence(shifts: tally.lines.count, worked: tally.worked))
    }
}
