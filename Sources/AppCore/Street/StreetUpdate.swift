import Domain
import Foundation
import ScreenKit

/// The street program's reducer: a key, the clock or an answer in, the new state and the effects out.
public enum StreetUpdate {
    public static func update(_ state: inout StreetState, _ action: StreetAction) -> [StreetEffect] {
        switch action {
        case .key(let key):
            state.lastActivity = state.now
            return handleKey(key, &state)
        case .tick(let now):
            state.now = now
            return lockIfIdle(&state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            return []
        default:
            return StreetResults.apply(action, &state)
        }
    }

    /// The command `key` runs in `contexts` (most specific first).
    static func command(_ key: Key, _ state: StreetState, _ contexts: [String]) -> String? {
        state.keymap.command(for: key, in: contexts)
    }

    static func handleKey(_ key: Key, _ state: inout StreetState) -> [StreetEffect] {
        if state.lock != nil { return StreetLock.handleKey(key, &state) }
        if case .help(let scroll) = state.modal { return StreetHelp.handleKey(key, scroll: scroll, &state) }
        if case .decide = state.modal { return StreetDecide.handleKey(key, &state) }
        switch state.phase {
        case .starting: return global(command(key, state, ["global"]), &state)
        case .login(var login):
            let effects = handleLogin(key, &login, &state)
            if case .login = state.phase { state.phase = .login(login) }
            return effects
        case .main(var main):
            let effects = StreetTabs.handleKey(key, &main, &state)
            if case .main = state.phase { state.phase = .main(main) }
            return effects
        }
    }

    /// Help and quit, wherever no more specific key took the key.
    static func global(_ name: String?, _ state: inout StreetState) -> [StreetEffect] {
        switch name {
        case "help": state.modal = .help(scroll: 0); return []
        case "quit": return [.quit]
        default: return []
        }
    }

    // MARK: - Login

    static func handleLogin(_ key: Key, _ login: inout StreetLogin, _ state: inout StreetState) -> [StreetEffect] {
        if var pin = login.pin {
            if pin.apply(key) { login.pin = pin; return [] }
            switch command(key, state, ["form", "global"]) {
            case "submit": return login.people.isEmpty ? [] : [.login(name: login.people[login.list.selected].name, pin: pin["pin"].text)]
            case "cancel": login.pin = nil; return []
            case let other: return global(other, &state)
            }
        }
        let name = command(key, state, ["login", "list", "global"])
        if let name, StreetList.move(name, &login.list, count: login.people.count, page: state.height - 8) { return [] }
        if name == "submit", !login.people.isEmpty { login.pin = StreetLogin.pinForm(); return [] }
        return global(name, &state)
    }

    // MARK: - The idle lock

    static func lockIfIdle(_ state: inout StreetState) -> [StreetEffect] {
        guard state.idleLockSeconds > 0, state.lock == nil, state.user != nil,
              let last = state.lastActivity, state.now.timeIntervalSince(last) >= Double(state.idleLockSeconds) else { return [] }
        state.lock = StreetLogin.pinForm()
        state.modal = nil
        state.message = nil
        return []
    }
}

/// The shared list keys (↑↓ PgUp PgDn Home End) on a list of `count` rows, as the committee's lists move.
enum StreetList {
    static func move(_ name: String, _ list: inout ListState, count: Int, page: Int) -> Bool {
        guard let command = Command(rawValue: name) else { return false }
        return list.navigate(command, count: count)
    }
}
