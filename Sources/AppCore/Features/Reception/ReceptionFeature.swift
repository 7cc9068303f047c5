import Domain
import ScreenKit

/// The 首问接待 tab's reducer: the policy search as the person types, the choice of a result, and
/// the item opened in full. Every change of the search text asks for a search (`searchPolicies`);
/// an answer for a text that has since changed is dropped. The reception log's screens are
/// handed to `ReceptionLogFeature` and its forms to `ReceptionFormFeature`.
enum ReceptionFeature {
    /// Effects when the tab is shown: the results for what is in the field (everything when empty).
    static func onEnter(_ state: inout ReceptionState) -> [Effect] {
        [.searchPolicies(query: state.query.text)]
    }

    // MARK: - Typing

    /// Takes a key as typing into the search field, or returns nil to leave it to the keymap.
    ///
    /// Letters (Chinese or pinyin) and spaces are typed, `q` included; digits and punctuation stay
    /// keys (1–5 switch tabs, ? opens help), since titles are found by Chinese or pinyin.
    static func type(_ key: Key, _ state: inout ReceptionState) -> Step? {
        guard state.screen == .search, state.opened == nil, isTyping(key) else { return nil }
        let before = state.query.text
        _ = state.query.apply(key)
        return state.query.text == before ? Step.none : search(&state)
    }

    static func isTyping(_ key: Key) -> Bool {
        switch key {
        case .char(let c): return c.isLetter || c == " " || c == "'"
        case .backspace, .delete, .left, .right, .home, .end, .ctrl("a"), .ctrl("e"), .ctrl("u"): return true
        default: return false
        }
    }

    private static func search(_ state: inout ReceptionState) -> Step {
        .run(.searchPolicies(query: state.query.text))
    }

    // MARK: - Commands

    /// A command from the keymap for the screen in view.
    static func handle(_ command: Command, _ main: inout MainState) -> Step {
        switch main.reception.screen {
        case .form: return ReceptionFormFeature.handle(command, &main)
        case .history where main.reception.historyEditing: return handleHistoryForm(command, &main.reception)
        default: break
        }
        if !main.reception.isPicking, let step = ReceptionLogFeature.open(command, &main) { return step }
        guard main.reception.screen == .search else { return ReceptionLogFeature.handle(command, &main) }
        return handleSearch(command, &main.reception)
    }

    private static func handleHistoryForm(_ command: Command, _ state: inout ReceptionState) -> Step {
        switch command {
        case .submit: return ReceptionFormFeature.submitHistory(&state)
        case .nextField: state.historyForm.nextField()
        case .previousField: state.historyForm.previousField()
        case .cancel: state.screen = .search
        default: break
        }
        return .none
    }

    /// A command of the policy search: moving, opening (or linking, for a form waiting) and going back.
    static func handleSearch(_ command: Command, _ state: inout ReceptionState) -> Step {
        if state.isPicking, command == .open, let item = state.opened ?? state.selected {
            return ReceptionFormFeature.link(item, &state)
        }
        if state.isPicking, command == .cancel, state.opened == nil { return ReceptionFormFeature.backToForm(&state) }
        if let item = state.opened { return handleOpened(command, item, &state) }
        if state.list.navigate(command, count: state.results?.count ?? 0) { return .none }
        switch command {
        case .open:
            guard let item = state.selected else { return .none }
            state.opened = item
            state.scroll = 0
        case .cancel where !state.query.isEmpty:
            state.query = TextInput("", maxLength: ReceptionState.maxQueryLength)
            return search(&state)
        default: break
        }
        return .none
    }

    private static func handleOpened(_ command: Command, _ item: PolicyItem, _ state: inout ReceptionState) -> Step {
        let last = PolicyDetailView.lastScroll(item)
        switch command {
        case .up: state.scroll -= 1
        case .down: state.scroll += 1
        case .pageUp: state.scroll -= PolicyDetailView.minimumRows
        case .pageDown: state.scroll += PolicyDetailView.minimumRows
        case .first: state.scroll = 0
        case .last: state.scroll = last
        case .cancel: state.opened = nil
        default: break
        }
        state.scroll = min(max(0, state.scroll), last)
        return .none
    }

    // MARK: - Results

    /// Search results: kept only when they answer what is in the field now.
    static func apply(_ action: Action, _ state: inout ReceptionState) -> Step {
        guard case .policiesFound(let query, let items) = action, query == state.query.text else { return .none }
        state.results = items
        state.list = ListState()
        return .none
    }
}
