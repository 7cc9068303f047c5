/// The fourteen items of the points card (附件三), in the card's order, with their group, their
/// Chinese title, the evidence the card names (计分依据) and how a line of the item is claimed.
public enum PointsItem: String, Sendable, CaseIterable, Codable, Hashable {
    // 基础分
    case reception, onlineReply, visits, duty, campaign, volunteering
    // 绩效分
    case awards, publicity, inspection
    // 能力加分
    case training, contest
    // 投诉扣分
    case complaint, dispute, breach

    // MARK: - Groups

    /// The four groups of the card.
    public enum Group: String, Sendable, CaseIterable {
        case base = "基础分", performance = "绩效分", skills = "能力加分", deductions = "投诉扣分"
    }

    public var group: Group {
        switch self {
        case .reception, .onlineReply, .visits, .duty, .campaign, .volunteering: return .base
        case .awards, .publicity, .inspection: return .performance
        case .training, .contest: return .skills
        case .complaint, .dispute, .breach: return .deductions
        }
    }

    /// The three deduction items, whose values are negative or 0 and need a 会议记录.
    public var isDeduction: Bool { group == .deductions }

    // MARK: - Words of the card

    /// "首问接待", … as printed on the card.
    public var title: String {
        switch self {
        case .reception: return "首问接待"
        case .onlineReply: return "线上反馈"
        case .visits: return "社区走访"
        case .duty: return "错时值班"
        case .campaign: return "专项行动"
        case .volunteering: return "志愿服务"
        case .awards: return "获奖情况"
        case .publicity: return "氛围营造"
        case .inspection: return "督查考评"
        case .training: return "学习培训"
        case .contest: return "业务提升"
        case .complaint: return "居民投诉"
        case .dispute: return "矛盾调处"
        case .breach: return "安全守纪"
        }
    }

    /// The evidence the card names for the item (计分依据).
    public var evidenceDocument: String {
        switch self {
        case .reception: return "《首问接待记录册》"
        case .onlineReply: return "“社区治理云平台”后台管理模块"
        case .visits: return "《居民区走访记录》"
        case .duty: return "《错时值班表》与《值班签到表》"
        case .campaign: return "《专项行动工作计划》等"
        case .volunteering: return "《志愿服务记录册》等"
        case .awards: return "获奖证书"
        case .publicity: return "微信公众号记录"
        case .inspection: return "督查测评结果"
        case .training: return "培训通知及工作手册"
        case .contest: return "技能竞赛结果"
        case .complaint, .dispute, .breach: return "会议记录"
        }
    }

    /// The unit counted, for items scored per unit ("次", "天", "篇").
    public var unit: String {
        switch self {
        case .campaign, .volunteering: return "天"
        case .publicity: return "篇"
        case .visits: return "户"
        default: return "次"
        }
    }

    // MARK: - Rules

    /// The rule (and so the clause and values in the rule set) of the item.
    public var rule: RuleID {
        switch self {
        case .reception: return .reception
        case .onlineReply: return .onlineReply
        case .visits: return .visitQuota
        case .duty: return .duty
        case .campaign: return .campaign
        case .volunteering: return .volunteering
        case .awards: return .awards
        case .publicity: return .publicity
        case .inspection: return .inspection
        case .training: return .training
        case .contest: return .contest
        case .complaint: return .complaint
        case .dispute: return .dispute
        case .breach: return .breach
        }
    }

    /// The kind of claim a line of this item carries.
    public var claimKind: PointsClaim.Kind {
        switch self {
        case .reception, .onlineReply, .duty, .campaign, .volunteering, .publicity, .training: return .count
        case .visits: return .households
        case .awards: return .award
        case .inspection: return .inspection
        case .contest: return .contest
        case .complaint, .dispute: return .deduction
        case .breach: return .breach
        }
    }
}

// MARK: - Levels

/// The level of an award: city, district or street office (市、区、街镇).
public enum AwardLevel: String, Sendable, CaseIterable, Codable, Hashable {
    case city, district, street
    public var title: String { ["city": "市级", "district": "区级", "street": "街镇级"][rawValue]! }
}

/// A prize in a skills contest (一、二、三等奖).
public enum ContestPrize: String, Sendable, CaseIterable, Codable, Hashable {
    case first, second, third
    public var title: String { ["first": "一等奖", "second": "二等奖", "third": "三等奖"][rawValue]! }
}
