import Foundation

/// One thing a correct handling of a drill leaves in the database, with the clause it rests on.
///
/// Only the fields a scenario writes are compared; the rest match anything. Records are looked
/// for among those written since the drill started (and the registry, for households).
public struct Expectation: Sendable, Equatable {
    /// What kind of record is expected.
    public enum Kind: String, Sendable, CaseIterable {
        /// A 首问接待 record.
        case reception
        /// A visit to a household.
        case visit
        /// A household in the registry with its tags.
        case household
        /// The trainee signed in to the drill's shift in time.
        case signIn = "sign_in"
        /// An expense request, with its approvals, street review and payment.
        case expense
        /// How many expense requests were written (one, not a split in two).
        case expenseCount = "expense_count"
        /// A points line with its evidence.
        case points

        /// The Chinese name of the record, for the explanation of a difference.
        public var title: String {
            switch self {
            case .reception: return "接待记录"
            case .visit: return "走访记录"
            case .household: return "住户登记"
            case .signIn: return "值班签到"
            case .expense: return "经费申请"
            case .expenseCount: return "经费申请笔数"
            case .points: return "积分项"
            }
        }
    }

    public var kind: Kind
    /// The clause of the standard (or the policy item) the expectation comes from.
    public var clause: String
    // 首问接待
    public var resident: String?
    public var room: String?
    public var policy: String?
    public var outcome: ReceptionOutcome?
    public var department: String?
    public var replyWorkingDays: Int?
    // 走访、住户
    public var visitKind: VisitKind?
    public var needsDifficulty: Bool
    public var tags: [String]
    // 经费
    public var amount: Int64?
    public var fund: FundKind?
    public var category: ExpenseCategory?
    public var streetReview: Bool?
    /// Whether the street's 审批 after its 审核 is recorded (附件一 三(二) "审核后，按街道、镇相关程序审批").
    public var streetApproval: Bool?
    public var approvals: Int?
    /// The roles that must each have approved, by different people (书记 and 主任: 共同审批).
    public var approverRoles: Set<Role>
    /// The roles one of which the person who entered the street's review must hold.
    public var reviewRecorderRoles: Set<Role>
    public var paid: Bool?
    public var count: Int?
    // 积分
    public var worker: String?
    public var item: PointsItem?
    public var needsEvidence: Bool

    public init(kind: Kind, clause: String) {
        self.kind = kind
        self.clause = clause
        needsDifficulty = false
        tags = []
        approverRoles = []
        reviewRecorderRoles = []
        needsEvidence = false
    }
}
