/// The five tabs of the main screen, in the order of the tab bar.
public enum Tab: Int, CaseIterable, Sendable {
    case reception, visits, duty, funds, points

    public var title: String {
        switch self {
        case .reception: return "首问接待"
        case .visits: return "走访记录"
        case .duty: return "错时值班"
        case .funds: return "经费管理"
        case .points: return "积分卡"
        }
    }

    /// What the tab will hold, and the clauses it carries out; shown while it is not built yet.
    public var plannedWork: [String] {
        switch self {
        case .reception:
            return ["记录每次咨询、查阅政策资源库、请居民签字确认、跟进待回复事项。",
                    "依据：实施意见 二(一)；附件二 四(三)；附件三 首问接待 每次 0.2 分。"]
        case .visits:
            return ["登记上门走访，随时显示本月已走访户数与每月 30 户的指标。",
                    "依据：附件二 四(二)；附件三 社区走访 30 户得 10 分。"]
        case .duty:
            return ["错时值班排班、值班签到与居民预约。",
                    "依据：实施意见 二(二)；附件二 四(四)；附件三 错时值班 每次 0.5 分。"]
        case .funds:
            return ["三项经费的计划、支出审批（单笔 500 元规则）、台账与居务公开。",
                    "依据：附件一 二、三(二)、四。"]
        case .points:
            return ["每月积分卡、书记审核签名、年度排行榜。",
                    "依据：附件三 及 积分规则说明。"]
        }
    }

    /// The keymap context in force while this tab is shown.
    public var keyContext: KeyContext { KeyContext.tabContexts[rawValue] }

    public var next: Tab { Tab(rawValue: (rawValue + 1) % Tab.allCases.count)! }
    public var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 1) % Tab.allCases.count)! }
}
