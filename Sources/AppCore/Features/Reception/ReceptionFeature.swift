import Domain
import ScreenKit

/// The 首问接待 tab's reducer: the policy search as the person types, the choice of a result, and
/// the item opened in full. Every change of the search text asks for a search (`searchPolicies`);
/// an answer for a text that has since changed is dropped. The reception log's screens are
/// handed to `ReceptionLogFeature` and its forms to `ReceptionFormFeature`.
enum ReceptionFeature: TabFeature {
    static let tab = Tab.reception
    static let state = \MainState.reception

    /// Effects when the tab is shown: the results for what is in the field (everything when empty).
    static func enter(_ state: inout ReceptionState, _ context: TabContext) -> [Effect] {
        [.searchPolicies(query: state.search.query.text)]
    }

    // MARK: - Typing

    /// Takes a key as typing into the search field, or returns nil to leave it to the keymap.
    ///
    /// Letters (Chinese or pinyin) and spaces are typed, `q` included; digits and punctuation stay
    /// keys (1–5 switch tabs, ? opens help), since titles are found by Chinese or pinyin.
    static func type(_ key: Key, _ state: inout ReceptionState, _ context: TabContext) -> Step? {
        guard state.screen == .search, state.search.opened == nil, isTyping(key) else { return nil }
        let before = state.search.query.text
        _ = state.search.query.apply(key)
        return state.search.query.text == before ? Step.none : search(&state)
    }

    static func isTyping(_ key: Key) -> Bool {
        switch key {
        case .char(let c): return c.isLetter || c == " " || c == "'"
        case .backspace, .delete, .left, .right, .home, .end, .ctrl("a"), .ctrl("e"), .ctrl("u"): return true
        default: return false
        }
    }

    private static func search(_ state: inout ReceptionState) -> Step {
        .run(.searchPolicies(query: state.search.query.text))
    }

    // MARK: - Commands

    /// A command from the keymap for the screen in view.
    static func handle(_ command: Command, _ s: inout ReceptionState, _ context: TabContext) -> Step {
        switch s.screen {
        case .form: return ReceptionFormFeature.handle(command, &s, context)
        case .history where s.log.historyEditing: return handleHistoryForm(command, &s)
        default: break
        }
        if !s.isPicking, let step = ReceptionLogFeature.open(command, &s, context) { return step }
        guard s.screen == .search else { return ReceptionLogFeature.handle(command, &s, context) }
        return handleSearch(command, &s)
    }

    private static func handleHistoryForm(_ command: Command, _ state: inout ReceptionState) -> Step {
        switch command {
        case .submit: return ReceptionFormFeature.submitHistory(&state)
        case .nextField: state.log.historyForm.nextField()
        case .previousField: state.log.historyForm.previousField()
        case .cancel: state.screen = .search
        default: break
        }
        return .none
    }

    /// A command of the policy search: moving, opening (or linking, for a form waiting) and going back.
    static func handleSearch(_ command: Command, _ state: inout ReceptionState) -> Step {
        if state.isPicking, command == .open, let item = state.search.opened ?? state.search.selected {
            return ReceptionFormFeature.link(item, &state)
        }
        if state.isPicking, command == .cancel, state.search.opened == nil { return ReceptionFormFeature.backToForm(&state) }
        if let item = state.search.opened { return handleOpened(command, item, &state) }
        if state.search.list.navigate(command, count: state.search.results?.count ?? 0) { return .none }
        switch command {
        case .open:
            guard let item = state.search.selected else { return .none }
            state.search.opened = item
            state.search.scroll = 0
        case .cancel where !state.search.query.isEmpty:
            state.search.query = TextInput("", maxLength: PolicySearch.maxQueryLength)
            return search(&state)
        default: break
        }
        return .none
    }

    private static func handleOpened(_ command: Command, _ item: PolicyItem, _ state: inout ReceptionState) -> Step {
        let last = PolicyDetailView.lastScroll(item)
        switch command {
        case .up: state.search.scroll -= 1
        case .down: state.search.scroll += 1
        case .pageUp: state.search.scroll -= PolicyDetailView.minimumRows
        case .pageDown: state.search.scroll += PolicyDetailView.minimumRows
        case .first: state.search.scroll = 0
        case .last: state.search.scroll = last
        case .cancel: state.search.opened = nil
        default: break
        }
        state.search.scroll = min(max(0, state.search.scroll), last)
        return .none
    }

    // MARK: - Results

    /// Search results, kept only when they answer what is in the field now; the log's results go to `ReceptionLogFeature`.
    static func apply(_ action: Action, _ state: inout ReceptionState, _ context: TabContext) -> Step? {
        if case .reception(let result) = action { return ReceptionLogFeature.apply(result, &state, context) }
        guard case .policiesFound(let query, let items) = action else { return nil }
        guard query == state.search.query.text else { return .none }
        state.search.results = items
        state.search.list = ListState()
        return .none
    }

    static func render(_ state: ReceptionState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        ReceptionView.render(state, context, into: &buffer, rect: rect)
    }
}
