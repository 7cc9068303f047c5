/// The three neighbourhood funds of a year (附件一 二(一)), each with its own budget and uses.
public enum FundKind: String, Sendable, CaseIterable, Codable, Hashable {
    case committee, party, foundation

    /// "居委会工作经费", "党组织服务群众专项经费", "社区基金会匹配资金".
    public var title: String {
        switch self {
        case .committee: return "居委会工作经费"
        case .party: return "党组织服务群众专项经费"
        case .foundation: return "社区基金会匹配资金"
        }
    }

    /// The categories a form offers for this fund: the committee fund's three uses, the party
    /// fund's five project categories, the foundation's seven uses (附件一 二(二)).
    public var categories: [ExpenseCategory] {
        switch self {
        case .committee: return [.office, .communityService, .selfGovernance]
        case .party: return [.convenience, .massActivity, .careAndHelp, .publicWelfare, .urgentNeeds]
        case .foundation: return [.relief, .publicProjects, .residentProjects, .socialOrganizations,
                                  .facilities, .volunteerService, .otherPublic]
        }
    }
}

/// What an expense is for. Each fund offers only its own categories; the last four are named so
/// that the rules can refuse them in words (wages and property costs are paid outside the funds).
public enum ExpenseCategory: String, Sendable, CaseIterable, Codable, Hashable {
    // 居委会工作经费
    case office, communityService, selfGovernance
    // 党组织服务群众专项经费
    case convenience, massActivity, careAndHelp, publicWelfare, urgentNeeds
    // 社区基金会匹配资金
    case relief, publicProjects, residentProjects, socialOrganizations, facilities, volunteerService, otherPublic
    // 不得列支
    case wages, allowances, propertyCosts

    /// The category's Chinese name.
    public var title: String {
        switch self {
        case .office: return "办公"
        case .communityService: return "社区服务"
        case .selfGovernance: return "组织自治"
        case .convenience: return "便民利民类项目"
        case .massActivity: return "群众活动类项目"
        case .careAndHelp: return "关爱帮扶类项目"
        case .publicWelfare: return "公益风尚类项目"
        case .urgentNeeds: return "居民群众迫切需要的其他服务事项"
        case .relief: return "社区救助服务"
        case .publicProjects: return "资助社区公益项目"
        case .residentProjects: return "居民自治项目"
        case .socialOrganizations: return "资助和扶持社区社会组织"
        case .facilities: return "改善社区公共服务设施"
        case .volunteerService: return "资助和发展社区志愿服务"
        case .otherPublic: return "其他促进社区发展的公共事业"
        case .wages: return "工作人员工资福利"
        case .allowances: return "津补贴"
        case .propertyCosts: return "应由物业单位承担的费用"
        }
    }
}
