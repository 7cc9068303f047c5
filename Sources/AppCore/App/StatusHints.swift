import ScreenKit

/// The key hints on the status line, generated from the keymap for the contexts in force, less
/// the keys the person may not use (`KeyAccess`).
/// Help comes first, so that however little room is left, the way to every other key shows.
enum StatusHints {
    static func hints(_ state: AppState) -> [StatusLine.Hint] {
        let all = contextHints(state)
        return all.filter { $0.command == .help }.map(\.hint) + all.filter { $0.command != .help }.map(\.hint)
    }

    static func contextHints(_ state: AppState) -> [(command: Command, hint: StatusLine.Hint)] {
        var seen = Set<String>()
        var hints: [(command: Command, hint: StatusLine.Hint)] = []
        for context in state.keyContexts {
            for binding in state.keymap.bindings(in: context.rawValue) {
                guard let command = Command(rawValue: binding.command), command.showsInStatusLine,
                      command != .logout || canLogOut(state), !seen.contains(binding.command),
                      !typesIntoForm(binding.key, state), KeyAccess.offers(command, in: context, state) else { continue }
                seen.insert(binding.command)
                let label = keyLabel(command, binding.key, state)
                hints.append((command, StatusLine.Hint(label, label == binding.key.description ? binding.help : tabRangeHelp)))
            }
        }
        return hints
    }

    /// F9 logs out only someone logged in: not on the login or first-run form, nor on the lock
    /// screen, which names its own F9.
    static func canLogOut(_ state: AppState) -> Bool { state.lock == nil && state.isLoggedIn }

    /// While a form has the keyboard a printable key is typed into its field, so its hint would
    /// mislead: `q退出` gives way to the next key bound to quit, `F10退出`.
    static func typesIntoForm(_ key: Key, _ state: AppState) -> Bool {
        guard state.activeForm != nil, case .char = key else { return false }
        return true
    }

    /// What the "1-5" hint does; the help screen names each tab key by its tab.
    static let tabRangeHelp = "切换标签"

    /// "1-5" for the tab keys, otherwise the key's own name.
    static func keyLabel(_ command: Command, _ key: Key, _ state: AppState) -> String {
        guard command == .tab1, let last = state.keymap.keys(for: Command.tab5.rawValue, in: ["main"]).first else {
            return key.description
        }
        return "\(key)-\(last)"
    }
}
