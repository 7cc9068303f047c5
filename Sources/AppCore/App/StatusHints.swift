import ScreenKit

/// The key hints on the status line, generated from the keymap for the contexts in force.
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
                      !seen.contains(binding.command) else { continue }
                seen.insert(binding.command)
                hints.append((command, StatusLine.Hint(keyLabel(command, binding.key, state), binding.help)))
            }
        }
        return hints
    }

    /// "1-5" for the tab keys, otherwise the key's own name.
    static func keyLabel(_ command: Command, _ key: Key, _ state: AppState) -> String {
        guard command == .tab1, let last = state.keymap.keys(for: Command.tab5.rawValue, in: ["main"]).first else {
            return key.description
        }
        return "\(key)-\(last)"
    }
}
