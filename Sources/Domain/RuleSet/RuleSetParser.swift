import DataFile
import Foundation

/// Reads a rule-set file (TOML) into a `RuleSet`, refusing a malformed one with the file, the
/// line and the reason. The layout is the one of `Resources/putuo-2017.toml`.
public extension RuleSet {
    // MARK: - Entry points

    /// The rule set shipped with the program: `Resources/putuo-2017.toml`.
    static func bundledPutuo2017() throws(DataFileError) -> RuleSet {
        try parse(BundledText.read("putuo-2017", "toml"), file: "putuo-2017.toml")
    }

    /// The rule set written in `text`; `file` names it in error messages.
    static func parse(_ text: String, file: String) throws(DataFileError) -> RuleSet {
        let reader = try TOMLSource(text, file: file)
        var clauses: [RuleID: String] = [:]
        for rule in RuleID.allCases {
            clauses[rule] = try reader.string("\(rule.rawValue).clause")
        }
        return RuleSet(
            id: try reader.string("ruleset.id"),
            title: try reader.string("ruleset.title"),
            effective: try reader.localDate("ruleset.effective"),
            clauses: clauses,
            money: try moneyValues(reader),
            visits: try visitValues(reader),
            points: try pointsValues(reader),
            duty: try dutyValues(reader),
            reception: ReceptionValues(replyWorkingDays: try reader.int("reception.reply_working_days", in: 1...60)),
            meetings: MeetingValues(boardMinimum: try reader.int("meetings.board_minimum", in: 1...20)),
            patrols: PatrolValues(openDays: try reader.int("patrols.open_days", in: 1...365)),
            excellentPercent: try reader.int("ranking.excellent_percent", in: 1...100)
        )
    }

    // MARK: - Sections

    private static func moneyValues(_ r: TOMLSource) throws(DataFileError) -> MoneyValues {
        MoneyValues(
            localLimit: try r.fen("approval.local_limit"),
            writtenApplicationDays: try r.int("emergency.written_application_days", in: 1...365),
            emergencyLimit: try r.fen("emergency.max_amount"),
            splitWindowDays: try r.int("split.window_days", in: 1...366),
            fundBudget: try r.fen("funds.budget"),
            officeCapPercent: try r.int("funds.office_cap.cap_percent", in: 1...100),
            officeWarnPercentOfCap: try r.int("funds.office_cap.warn_at_percent_of_cap", in: 1...100),
            officialCardRuleName: try r.string("funds.official_card.rule_name"),
            officialCardItems: try r.strings("funds.official_card.items"),
            largeRenovation: try r.fen("funds.outside.large_renovation")
        )
    }

    private static func visitValues(_ r: TOMLSource) throws(DataFileError) -> VisitValues {
        VisitValues(
            quota: try r.int("visits.quota", in: 1...1000),
            pointsAtQuota: try r.tenths("visits.points_at_quota", in: 0...1000),
            shortPenalty: try r.tenths("visits.short_penalty", in: 0...1000),
            overBonus: try r.tenths("visits.over_bonus", in: 0...1000),
            floor: try visitFloor(r),
            intervals: try r.intTable("visits.intervals", in: 1...3650),
            tags: try r.strings("visits.registry.tags"),
            staleMonths: try r.int("visits.registry.stale_months", in: 1...120)
        )
    }

    private static func pointsValues(_ r: TOMLSource) throws(DataFileError) -> PointsValues {
        var perUnit: [PointsItem: Int] = [:]
        for item in PointsItem.allCases where item.claimKind == .count {
            perUnit[item] = try r.tenths("\(item.rule.rawValue).per_unit", in: 0...1000)
        }
        return PointsValues(
            perUnit: perUnit,
            individualAwards: try awardTable(r, "points.awards.individual"),
            collectiveAwards: try awardTable(r, "points.awards.collective"),
            inspectionIndividual: try r.tenths("points.inspection.individual", in: 0...1000),
            inspectionCommittee: try r.tenths("points.inspection.committee", in: 0...1000),
            contestEntry: try r.tenths("points.contest.per_entry", in: 0...1000),
            contestPrizes: try prizeTable(r),
            complaintRange: try deductionRange(r, "points.complaint"),
            disputeRange: try deductionRange(r, "points.dispute")
        )
    }

    /// `visits.floor`: points (0…1000) or "无" for no floor.
    private static func visitFloor(_ r: TOMLSource) throws(DataFileError) -> Int? {
        if let text = try r.value("visits.floor").string {
            guard text == noFloor else { throw r.problem("visits.floor 应为分值（如 0）或 \"\(noFloor)\"（不设最低分）", at: "visits.floor") }
            return nil
        }
        return try r.tenths("visits.floor", in: 0...1000)
    }

    /// How a rule file writes "no floor".
    static let noFloor = "无"

    // MARK: - Small tables

    private static func awardTable(_ r: TOMLSource, _ path: String) throws(DataFileError) -> [AwardLevel: Int] {
        var out: [AwardLevel: Int] = [:]
        for level in AwardLevel.allCases {
            out[level] = try r.tenths("\(path).\(level.rawValue)", in: 0...1000)
        }
        return out
    }

    private static func prizeTable(_ r: TOMLSource) throws(DataFileError) -> [ContestPrize: Int] {
        var out: [ContestPrize: Int] = [:]
        for prize in ContestPrize.allCases {
            out[prize] = try r.tenths("points.contest.prizes.\(prize.rawValue)", in: 0...1000)
        }
        return out
    }

    /// A deduction range: `min` ≤ `max` ≤ 0 (积分规则说明 3: deductions are negative or 0).
    private static func deductionRange(_ r: TOMLSource, _ path: String) throws(DataFileError) -> ClosedRange<Int> {
        let low = try r.tenths("\(path).min", in: -1000...0)
        let high = try r.tenths("\(path).max", in: -1000...0)
        guard low <= high else { throw r.problem("\(path) 的 min 应不大于 max", at: "\(path).max") }
        return low...high
    }
}
