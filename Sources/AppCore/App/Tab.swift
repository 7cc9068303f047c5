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

    /// The keymap context in force while this tab is shown.
    public var keyContext: KeyContext { KeyContext.tabContexts[rawValue] }

    /// The key contexts of the tab, most specific first: its own, then the shared list keys. The
    /// reception tab keeps its own moving keys, since letters type into its search field.
    public var keyContexts: [KeyContext] { self == .reception ? [keyContext] : [keyContext, .list] }

    public var next: Tab { Tab(rawValue: (rawValue + 1) % Tab.allCases.count)! }
    public var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 1) % Tab.allCases.count)! }
}
