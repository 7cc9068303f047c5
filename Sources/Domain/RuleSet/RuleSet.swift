import Foundation

/// Every value and threshold of the standard, with the date it takes effect and the clause of
/// each rule, as read from a rule-set file (`putuo-2017.toml`). Rules take a `RuleSet` as input,
/// so a district that changes a value edits data, not code.
public struct RuleSet: Sendable, Equatable {
    public var id: String
    public var title: String
    /// The first day on which this rule set applies.
    public var effective: LocalDate
    /// The clause of each rule ("附件一 三(二)"); the file must give one for every `RuleID`.
    public var clauses: [RuleID: String]

    public var money: MoneyValues
    public var visits: VisitValues
    public var points: PointsValues
    /// Off-hours duty: sign-in grace, kinds of shift, who approves (实施意见 二(二), 附件三 错时值班).
    public var duty: DutyValues
    public var reception: ReceptionValues
    /// Meetings (议事协商, 实施意见 二(五)) and the decisions deductions rest on.
    public var meetings: MeetingValues
    /// Patrols (网格巡查, 实施意见 二(四)): how long a finding may stay open.
    public var patrols: PatrolValues
    /// Share of the ranked workers, in percent, whose rank makes them eligible for "excellent".
    public var excellentPercent: Int

    /// The clause of `rule`.
    public func clause(_ rule: RuleID) -> String { clauses[rule] ?? rule.rawValue }

    /// What a message says of a value the standard does not give, where it would cite a clause.
    public static let localValue = "本程序取值，可在规则文件中修改"

    // MARK: - Meetings (实施意见 二(五))

    /// The values of meetings the standard does not give.
    public struct MeetingValues: Sendable, Equatable {
        /// The fewest of the committee at a 居委会班子会议 for its decision to be collective (本程序取值).
        public var boardMinimum: Int

        public init(boardMinimum: Int) { self.boardMinimum = boardMinimum }
    }

    /// The values of patrols the standard does not give.
    public struct PatrolValues: Sendable, Equatable {
        /// Days after its patrol past which an open finding is listed as overdue (本程序取值).
        public var openDays: Int

        public init(openDays: Int) { self.openDays = openDays }
    }

    // MARK: - Funds and approval (附件一)

    /// The money rules of 附件一.
    public struct MoneyValues: Sendable, Equatable {
        /// The largest single expense (inclusive) the secretary and director approve themselves.
        public var localLimit: Int64
        /// Days after emergency spending within which the written application is due.
        public var writtenApplicationDays: Int
        /// The largest expense (inclusive) that may be paid on a verbal approval before its route completes.
        public var emergencyLimit: Int64
        /// Days within which related small expenses are looked at together for splitting.
        public var splitWindowDays: Int
        /// Default yearly budget of each of the three funds.
        public var fundBudget: Int64
        /// Office spending may not exceed this percent of the committee fund's budget.
        public var officeCapPercent: Int
        /// A warning once office spending reaches this percent of the cap.
        public var officeWarnPercentOfCap: Int
        /// The name of the official-card rule, for the refusal sentence.
        public var officialCardRuleName: String
        /// Spending items that may not be paid in cash (公务卡强制结算目录).
        public var officialCardItems: [String]
        /// A renovation above this amount (fen) is 大型装修, paid outside the funds (本程序取值: the text gives no figure).
        public var largeRenovation: Int64
    }

    // MARK: - Visits (附件二, 附件三)

    /// The visit quota, its scoring and the visit interval of each special-target tag.
    public struct VisitValues: Sendable, Equatable {
        public var quota: Int
        public var pointsAtQuota: Int
        public var shortPenalty: Int
        public var overBonus: Int
        /// The item's lowest score, or nil for none ("无": every household short is deducted, as
        /// "每少1户扣0.5分" reads literally).
        public var floor: Int?
        /// Days between visits for each tag (独居老人 → 30).
        public var intervals: [String: Int]
        /// The tags a household may carry (独居老人, 困难家庭, …), in the order forms offer them.
        public var tags: [String]
        /// Months without a visit after which a household of a zone is listed as not visited.
        public var staleMonths: Int
    }

    // MARK: - Reception (附件二 四(三))

    /// The reception desk's values.
    public struct ReceptionValues: Sendable, Equatable {
        /// Working days (on the holiday calendar) within which a 待回复 matter is answered.
        public var replyWorkingDays: Int
    }

    // MARK: - Points card (附件三)

    /// The values of the points card, in tenths.
    public struct PointsValues: Sendable, Equatable {
        /// Points per unit for the items counted in units (reception, duty, …).
        public var perUnit: [PointsItem: Int]
        public var individualAwards: [AwardLevel: Int]
        public var collectiveAwards: [AwardLevel: Int]
        public var inspectionIndividual: Int
        public var inspectionCommittee: Int
        public var contestEntry: Int
        public var contestPrizes: [ContestPrize: Int]
        /// The allowed deduction for a complaint (−5…−3 in tenths: −50…−30).
        public var complaintRange: ClosedRange<Int>
        public var disputeRange: ClosedRange<Int>
    }
}
