/// One line of a points card: an item, what is claimed for it, its evidence (计分依据) and, for
/// the deduction items, the reference of the committee's collective decision (会议记录).
public struct PointsLine: Sendable, Equatable, Codable {
    public var item: PointsItem
    public var claim: PointsClaim
    /// Where the points can be checked ("《首问接待记录册》第 3–5 页").
    public var evidence: String
    /// The 会议记录 reference; required for complaint, dispute and breach lines.
    /// The 会议记录 reference as typed, for what happened before the committee kept its meetings here.
    public var meetingRecord: String?
    /// The 居委会班子会议 decision a deduction rests on, chosen from the meetings (`DeductionBasis`).
    public var decision: DecisionCitation?

    public init(_ item: PointsItem, _ claim: PointsClaim, evidence: String, meetingRecord: String? = nil,
                decision: DecisionCitation? = nil) {
        self.item = item
        self.claim = claim
        self.evidence = evidence
        self.meetingRecord = meetingRecord
        self.decision = decision
    }

    /// What a deduction rests on as a card shows it: a decision "#12-2 2026-11-20 居委会班子会议决定",
    /// or the 会议记录 as typed (entered before the meetings were kept here); nil for other items.
    public var basis: String? {
        guard item.isDeduction else { return nil }
        return decision?.label ?? meetingRecord
    }
}

/// What a line claims, in the shape its item is scored by.
public enum PointsClaim: Sendable, Equatable, Codable {
    /// Consultations, replies, shifts, days, articles or sessions.
    case count(Int)
    /// Distinct households visited in the month.
    case households(Int)
    case award(AwardScope, AwardLevel)
    case inspection(InspectionScope)
    /// One contest entered, with the prize won, if any.
    case contest(ContestPrize?)
    /// A deduction in tenths (negative or 0).
    case deduction(Int)
    /// A serious safety or discipline breach: the month's total becomes 0.
    case breach

    /// The shapes of claim, one per kind of item.
    public enum Kind: Sendable, Equatable {
        case count, households, award, inspection, contest, deduction, breach
    }

    public var kind: Kind {
        switch self {
        case .count: return .count
        case .households: return .households
        case .award: return .award
        case .inspection: return .inspection
        case .contest: return .contest
        case .deduction: return .deduction
        case .breach: return .breach
        }
    }
}

/// Whose award: the worker's own (个人) or the committee's (集体, each member scores).
public enum AwardScope: String, Sendable, CaseIterable, Codable {
    case individual, collective
    public var title: String { self == .individual ? "个人" : "集体（每人）" }
}

/// Who was rated excellent in an inspection: the worker or the committee.
public enum InspectionScope: String, Sendable, CaseIterable, Codable {
    case individual, committee
    public var title: String { self == .individual ? "个人获得优秀等次" : "所在居委会获得优秀等次（每人）" }
}
