import ScreenKit

/// The key hints on the status line, generated from the keymap for the contexts in force.
enum StatusHints {
    static func hints(_ state: AppState) -> [StatusLine.Hint] {
        var seen = Set<String>()
        var hints: [StatusLine.Hint] = []
        for context in state.keyContexts {
            for binding in state.keymap.bindings(in: context.rawValue) {
                guard let command = Command(rawValue: binding.command), command.showsInStatusLine,
                      !seen.contains(binding.command) else { continue }
                seen.insert(binding.command)
                hints.append(StatusLine.Hint(keyLabel(command, binding.key, state), binding.help))
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
