import Domain
import ScreenKit

/// The idle lock: after the configured time without a key the screen hides everything and asks the
/// same person's PIN again. The main screen, its open forms and their drafts stay as they were
/// underneath; five wrong PINs lock the person out as at login (storage counts them).
public struct LockState: Equatable, Sendable {
    public var person: Person
    public var form: FormState

    init(person: Person) {
        self.person = person
        form = FormState([FormField(id: "pin", label: "PIN", kind: .secret, maxLength: PinPolicy.maxDigits, width: 10)])
    }
}

enum LockFeature {
    // MARK: - Text

    static let title = "已锁定"
    static func prompt(_ name: String) -> String { "终端闲置已锁定。\(name)，请输入 PIN 解锁。" }
    /// "Enter 解锁   F9 换人登录（草稿已保存）", with the keys of the keymap in force.
    static func keys(_ keymap: Keymap) -> String {
        keymap.hintLine([(.submit, "解锁"), (.logout, "换人登录（草稿已保存）")], in: contexts)
    }
    static let unlocked = "已解锁，继续刚才的工作"

    // MARK: - Update

    /// The contexts of the lock screen's keys: the PIN field's, then the main screen's.
    static let contexts: [KeyContext] = [.form, .main, .global]

    /// Locks the screen for the logged-in person; a dialog over it is put away with it.
    static func lock(_ state: inout AppState) {
        guard let user = state.user else { return }
        state.lock = LockState(person: user)
        if case .help = state.modal { state.modal = nil }
        state.message = nil
    }

    /// A key on the lock screen: typing goes to the PIN; Enter tries it, F9 logs out, quit quits.
    static func handleKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var lock = state.lock else { return [] }
        if lock.form.apply(key) {
            state.lock = lock
            return []
        }
        let name = state.keymap.command(for: key, in: contexts.map(\.rawValue))
        switch name.flatMap(Command.init(rawValue:)) {
        case .submit?: return [.login(personID: lock.person.id, pin: lock.form["pin"].text)]
        case .logout?:
            state.lock = nil
            state.modal = nil
            state.phase = .login(LoginState(people: []))
            return [.loadPeople]
        case .quit?: return [.quit]
        default: return []
        }
    }

    /// The answer to the PIN: the right one unlocks, a wrong one (or the lockout) is said under the field.
    static func apply(_ result: LoginResult, _ state: inout AppState) -> [Effect] {
        guard var lock = state.lock else { return [] }
        switch result {
        case .success:
            state.lock = nil
            state.drafts.lastActivity = nil
            state.message = .init(unlocked, .ok)
            return []
        case .wrongPin(let text), .locked(let text, _):
            lock.form["pin"].input = TextInput("", maxLength: PinPolicy.maxDigits)
            lock.form.fail("pin", text)
        case .needsNewPin, .inactive:
            // The PIN was cleared or the person deactivated meanwhile: only the login screen may go on.
            state.lock = nil
            state.phase = .login(LoginState(people: []))
            state.message = .init(result == .inactive ? LoginFeature.inactive : LoginFeature.firstLogin, .error)
            return [.loadPeople]
        }
        state.lock = lock
        return []
    }

    // MARK: - View

    /// Draws the lock over the whole body, so no record shows while the desk is unattended.
    static func render(_ lock: LockState, keymap: Keymap, into buffer: inout ScreenBuffer, rect: Rect) {
        render(lock.form, prompt: prompt(lock.person.name), keys: keys(keymap), into: &buffer, rect: rect)
    }

    /// The lock's box over `rect`: the committee's and the street's program lock alike.
    static func render(_ form: FormState, prompt: String, keys: String, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .normal)
        // The form grows with a long error (the lockout says how long is left), and the keys stay below it.
        let formHeight = max(3, form.renderedHeight(width: 56, labelWidth: 10))
        let inner = Dialog.render(title: title, width: 60, height: formHeight + 6, into: &buffer)
        buffer.put(prompt, x: inner.x, y: inner.y, maxWidth: inner.width, role: .dialog)
        form.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: formHeight), labelWidth: 10)
        buffer.put(keys, x: inner.x, y: inner.y + 2 + formHeight, maxWidth: inner.width, role: .dialogTitle)
    }
}
