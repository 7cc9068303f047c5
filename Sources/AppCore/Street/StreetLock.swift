import Domain
import Foundation
import ScreenKit

/// The idle lock of the street program: the screen hides the queue and the books and asks the same
/// person's PIN; the server counts wrong ones towards the same lockout as at login.
enum StreetLock {
    static func handleKey(_ key: Key, _ state: inout StreetState) -> [StreetEffect] {
        guard var form = state.lock, let user = state.user else { return [] }
        if form.apply(key) { state.lock = form; return [] }
        switch StreetUpdate.command(key, state, ["form", StreetKeymap.street, "global"]) {
        case "submit": return [.login(name: user, pin: form["pin"].text)]
        case "logout":
            state.lock = nil
            state.phase = .login(StreetLogin(people: []))
            return [.loadPeople]
        case "quit": return [.quit]
        default: return []
        }
    }

    /// The answer to the PIN while locked.
    static func apply(_ action: StreetAction, _ state: inout StreetState) {
        guard var form = state.lock else { return }
        switch action {
        case .loggedIn:
            state.lock = nil
            state.lastActivity = state.now
            state.message = .init(LockFeature.unlocked, .ok)
        case .loginRefused(let text):
            form["pin"].input = TextInput("", maxLength: PinPolicy.maxDigits)
            form.fail("pin", text)
            state.lock = form
        default: break
        }
    }

    static func render(_ form: FormState, person: String, keymap: Keymap, into buffer: inout ScreenBuffer, rect: Rect) {
        let keys = keymap.hintLine([(keymap.keys(for: "submit", in: ["form"]).first?.description, "解锁"),
                                    (keymap.keys(for: "logout", in: [StreetKeymap.street]).first?.description, "换人登录")])
        LockFeature.render(form, prompt: LockFeature.prompt(person), keys: keys, into: &buffer, rect: rect)
    }
}
