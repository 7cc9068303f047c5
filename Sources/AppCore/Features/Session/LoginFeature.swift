import Foundation
import Domain
import ScreenKit

/// The login screen: the active users in a list, and the PIN entry for the one chosen.
public struct LoginState: Equatable, Sendable {
    public var people: [Person]
    public var list = ListState()
    public var entry: LoginEntry?

    public init(people: [Person]) { self.people = people.filter(\.isActive) }
}

/// The PIN dialog for one person: their PIN, or a new PIN typed twice at first login.
public struct LoginEntry: Equatable, Sendable {
    public var person: Person
    public var form: FormState
    public var settingPin: Bool

    init(person: Person) {
        self.person = person
        self.settingPin = !person.hasPin
        let pin = FormField(id: "pin", label: settingPin ? "新 PIN" : "PIN", kind: .secret, maxLength: PinPolicy.maxDigits,
                            hint: settingPin ? "4–8 位数字" : nil, width: 10)
        form = FormState(settingPin ? [pin, FormField(id: "pin2", label: "再次输入", kind: .secret, maxLength: PinPolicy.maxDigits, width: 10)] : [pin])
    }
}

/// The login screen's reducer and view.
enum LoginFeature {
    // MARK: - Text

    /// "请选择您的姓名，按 Enter 输入 PIN 登录", naming the key in force.
    static func title(_ keymap: Keymap) -> String {
        "请选择您的姓名" + (keymap.names(of: [.submit], in: [.login], limit: 1).map { "，按 \($0) 输入 PIN 登录" } ?? "")
    }
    static let noUsers = "没有可登录的用户。请书记用 baishihui import staff 导入人员，或重新初始化。"
    static let firstLogin = "首次登录：请设置 4–8 位数字 PIN"
    static let inactive = "该用户已停用，请联系书记"
    /// "练习模式：每个人的 PIN 都是 1234": on the login screen of practice mode.
    static func practicePin(_ pin: String) -> String { "练习模式：每个人的 PIN 都是 \(pin)" }
    static func welcome(_ p: Person) -> String { "欢迎，\(p.name)（\(Role.describe(p.roles))）" }

    // MARK: - Update

    static func handle(_ command: Command, _ state: inout LoginState) -> Step {
        if state.entry != nil { return handleEntry(command, &state) }
        if state.list.navigate(command, count: state.people.count) { return .none }
        if command == .submit, !state.people.isEmpty {
            state.entry = LoginEntry(person: state.people[state.list.selected])
        }
        return .none
    }

    private static func handleEntry(_ command: Command, _ state: inout LoginState) -> Step {
        FormKeys.handle(command, &state.entry, form: \.form) { submit(&$0) }
    }

    private static func submit(_ entry: inout LoginEntry) -> Step {
        entry.form.clearErrors()
        if entry.settingPin {
            guard let pin = entry.form.pin("pin", confirmation: "pin2") else { return .none }
            return .run(.setOwnPin(personID: entry.person.id, pin: pin))
        }
        return .run(.login(personID: entry.person.id, pin: entry.form["pin"].text))
    }

    /// Applies the answer to a login attempt; a success leaves the login screen.
    static func apply(_ result: LoginResult, _ state: inout AppState) {
        guard case .login(var login) = state.phase, var entry = login.entry else { return }
        switch result {
        case .success(let person):
            state.phase = .main(MainState(user: person))
            state.message = .init(welcome(person), .ok)
            return
        case .wrongPin(let text):
            entry.form["pin"].input = TextInput("", maxLength: PinPolicy.maxDigits)
            entry.form.fail("pin", text)
        case .locked(let text, let until):
            entry.form["pin"].input = TextInput("", maxLength: PinPolicy.maxDigits)
            entry.form.fail("pin", text)
            if let until { markLocked(entry.person.id, until: until, &login, &entry) }
        case .needsNewPin(let person):
            entry = LoginEntry(person: Person(id: person.id, name: person.name, roles: person.roles, hasPin: false))
        case .inactive:
            login.entry = nil
            state.message = .init(inactive, .error)
            state.phase = .login(login)
            return
        }
        login.entry = entry
        state.phase = .login(login)
    }

    /// The list shows the lock as soon as it happens, not only after the people are read again.
    private static func markLocked(_ id: Int64, until: Date, _ login: inout LoginState, _ entry: inout LoginEntry) {
        entry.person.lockedUntil = until
        if let i = login.people.firstIndex(where: { $0.id == id }) { login.people[i].lockedUntil = until }
    }

    /// What the list's last column says of `person` at `now`: locked until when, or a PIN to set.
    static func note(_ person: Person, now: Date) -> String {
        if let until = LoginLockout.standard.lockedUntil(person, now: now) { return LoginLockout.untilText(until, now: now) }
        return person.hasPin ? "" : "首次登录设 PIN"
    }

    // MARK: - View

    static func render(_ state: LoginState, keymap: Keymap, practicePin: String?, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(title(keymap), x: rect.x, y: rect.y, role: .title)
        if let practicePin {
            buffer.put(Self.practicePin(practicePin), x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .messageWarning)
        }
        if state.people.isEmpty {
            buffer.put(noUsers, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .messageWarning)
            return
        }
        let columns = [TableColumn("姓名", width: 12), TableColumn("角色", width: 26), TableColumn("片区", width: 12),
                       TableColumn("", width: 18)]
        let rows = state.people.map { [$0.name, Role.describe($0.roles), $0.zone ?? "", note($0, now: now)] }
        let listRect = Rect(x: rect.x, y: rect.y + 2, width: min(rect.width, 74), height: rect.height - 2)
        TableView.render(columns: columns, rows: rows, state: state.list, focused: state.entry == nil,
                         into: &buffer, rect: listRect)
        if let entry = state.entry { renderEntry(entry, into: &buffer) }
    }

    private static func renderEntry(_ entry: LoginEntry, into buffer: inout ScreenBuffer) {
        let top = entry.settingPin ? 2 : 1
        let height = max(entry.settingPin ? 9 : 7, top + entry.form.renderedHeight(width: 56, labelWidth: 10) + 2)
        let inner = Dialog.render(title: "登录：\(entry.person.name)", width: 60, height: height, into: &buffer)
        if entry.settingPin { buffer.put(firstLogin, x: inner.x, y: inner.y, maxWidth: inner.width, role: .messageWarning) }
        let formRect = Rect(x: inner.x, y: inner.y + top, width: inner.width, height: inner.height - top)
        entry.form.render(into: &buffer, rect: formRect, labelWidth: 10)
    }
}
