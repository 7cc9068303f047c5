import Domain

/// The five tabs of the main screen, in the order of the tab bar.
public enum Tab: Int, CaseIterable, Sendable {
    case reception, visits, duty, funds, points

    /// The tab's Chinese name, kept once in Domain by `ScenarioTab` (drills name the same tabs).
    public var title: String { scenarioTab.title }

    /// The same tab as Domain names it, for drills and for its title.
    public var scenarioTab: ScenarioTab {
        switch self {
        case .reception: return .reception
        case .visits: return .visits
        case .duty: return .duty
        case .funds: return .funds
        case .points: return .points
        }
    }

    /// The keymap context in force while this tab is shown.
    public var keyContext: KeyContext { KeyContext.tabContexts[rawValue] }

    /// The key contexts of the tab, most specific first: its own, then the shared list keys. The
    /// reception tab keeps its own moving keys, since letters type into its search field.
    public var keyContexts: [KeyContext] { self == .reception ? [keyContext] : [keyContext, .list] }

    /// Every context in force while the tab is shown: its own, then the main screen's and the global ones.
    public var contextsInForce: [KeyContext] { keyContexts + [.main, .global] }

    public var next: Tab { Tab(rawValue: (rawValue + 1) % Tab.allCases.count)! }
    public var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 1) % Tab.allCases.count)! }
}
