import Foundation
import Domain
import ScreenKit

/// The people screen: everyone on the staff, and the secretary's forms to add people, set roles and reset PINs.
public struct PeopleState: Equatable, Sendable {
    public var people: [Person] = []
    public var list = ListState()
    public var editor: PeopleEditor?
    /// The view log (who opened which resident's details), shown instead of the staff while set.
    public var views: [RecordViewEntry]?
    public var viewList = ListState()
    /// The person `d` is about to deactivate, while the screen asks first.
    public var deactivating: Person?
    /// The touch screen's notices as posted (`m`), shown instead of the staff while set.
    public var notices: [PostedKioskNotice]?
    public var noticeList = ListState()

    public init(people: [Person] = []) { self.people = people }

    /// Shows the view log that came back from storage.
    mutating func showViews(_ entries: [RecordViewEntry]) {
        views = entries
        viewList = ListState()
    }

    public var selected: Person? { people[safe: list.selected] }

    /// True when the staff list has the keys: no form, view log or question over it.
    public var isAtList: Bool { editor == nil && views == nil && deactivating == nil && notices == nil }
}

/// A form on the people screen and what it is for.
public struct PeopleEditor: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case add
        case roles(Person)
        case resetPin(Person)
        /// The touch screen's 社区概况 and a 社区动态 notice (`KioskStaffForms`).
        case kioskProfile, kioskNotice
        /// Taking a posted notice off the touch screen, with a reason.
        case kioskWithdraw(KioskNotice)
    }

    public var mode: Mode
    public var form: FormState

    static func roleField(_ roles: Set<Role>) -> FormField {
        FormField(id: "roles", label: PeopleText.rolesLabel, kind: .multiChoice(Role.allCases.map(\.title)),
                  selected: Set(roles.compactMap { Role.allCases.firstIndex(of: $0) }), hint: PeopleText.rolesHint)
    }

    static func pinFields(hint: String) -> [FormField] {
        [FormField(id: "pin", label: PeopleText.pinLabel, kind: .secret, maxLength: PinPolicy.maxDigits, hint: hint, width: 10),
         FormField(id: "pin2", label: PeopleText.pinAgainLabel, kind: .secret, maxLength: PinPolicy.maxDigits, width: 10)]
    }

    init(_ mode: Mode) {
        self.mode = mode
        switch mode {
        case .add:
            form = FormState([FormField(id: "name", label: PeopleText.nameLabel, maxLength: PersonName.maxLength), Self.roleField([.worker]),
                              FormField(id: "zone", label: PeopleText.zoneLabel, maxLength: 20, hint: PeopleText.zoneHint, width: 20)]
                             + Self.pinFields(hint: PeopleText.pinHintFirstLogin))
        case .roles(let person):
            form = FormState([Self.roleField(person.roles)])
        case .resetPin:
            form = FormState(Self.pinFields(hint: PeopleText.pinHintNextLogin))
        case .kioskProfile: form = KioskStaffForms.profileForm(nil)
        case .kioskNotice: form = KioskStaffForms.noticeForm()
        case .kioskWithdraw: form = KioskStaffForms.withdrawForm()
        }
    }

    var title: String {
        switch mode {
        case .add: return PeopleText.addTitle
        case .roles(let p): return PeopleText.rolesTitle(p.name)
        case .resetPin(let p): return PeopleText.resetPinTitle(p.name)
        case .kioskProfile: return KioskText.profileFormTitle
        case .kioskNotice: return KioskText.noticeFormTitle
        case .kioskWithdraw(let notice): return KioskText.withdrawTitle(notice)
        }
    }
}

/// The people screen's reducer and view.
enum PeopleFeature {
    // MARK: - Update

    static func handle(_ command: Command, _ state: inout PeopleState, user: Person) -> Step {
        if state.editor != nil { return handleEditor(command, &state, user: user) }
        if let person = state.deactivating { return answerDeactivate(command, person, &state, user: user) }
        if let views = state.views {
            if command == .cancel { state.views = nil }
            _ = state.viewList.navigate(command, count: views.count)
            return .none
        }
        if state.notices != nil { return KioskNoticeList.handle(command, &state, user: user) }
        if state.list.navigate(command, count: state.people.count) { return .none }
        switch command {
        case .viewLog, .add, .editRoles, .resetPin, .toggleActive, .kioskProfile, .kioskNotice, .kioskNotices:
            if let refusal = KeyAccess.refusal(command, in: .people, for: user) { return .error(refusal) }
            if command == .kioskProfile { return .run(.kiosk(.loadProfile)) }
            if command == .kioskNotices { return .run(.kiosk(.loadNotices)) }
            if command == .kioskNotice { state.editor = PeopleEditor(.kioskNotice); return .none }
            return command == .viewLog ? .run(.loadRecordViews(by: user.id)) : open(command, &state, user: user)
        default:
            return .none
        }
    }

    private static func open(_ command: Command, _ state: inout PeopleState, user: Person) -> Step {
        if command == .add { state.editor = PeopleEditor(.add); return .none }
        guard let person = state.selected else { return .none }
        switch command {
        case .editRoles: state.editor = PeopleEditor(.roles(person))
        case .resetPin: state.editor = PeopleEditor(.resetPin(person))
        default:
            if person.id == user.id { return .error(PeopleText.cannotDeactivateSelf) }
            if person.isActive { state.deactivating = person; return .none }  // asks first: see `answerDeactivate`
            return .run(.setActive(personID: person.id, active: true, by: user.id))
        }
        return .none
    }

    /// The answer to "停用人员": confirm deactivates, deny or Esc leaves the person as they are.
    private static func answerDeactivate(_ command: Command, _ person: Person, _ state: inout PeopleState, user: Person) -> Step {
        switch command {
        case .confirm:
            state.deactivating = nil
            return .run(.setActive(personID: person.id, active: false, by: user.id))
        case .deny, .cancel: state.deactivating = nil
        default: break
        }
        return .none
    }

    private static func handleEditor(_ command: Command, _ state: inout PeopleState, user: Person) -> Step {
        FormKeys.handle(command, &state.editor, form: \.form) { submit(&$0, user: user) }
    }

    private static func submit(_ editor: inout PeopleEditor, user: Person) -> Step {
        editor.form.clearErrors()
        switch editor.mode {
        case .add:
            guard let name = editor.form.check("name", PersonName.validate(editor.form["name"].text)),
                  let roles = editor.form.roles("roles"), let pin = optionalPin(&editor.form) else { return .none }
            let zone = editor.form["zone"].text.trimmingCharacters(in: .whitespaces)
            return .run(.addPerson(name: name, roles: roles, zone: zone.isEmpty ? nil : zone, pin: pin, by: user.id))
        case .roles(let person):
            guard let roles = editor.form.roles("roles") else { return .none }
            return .run(.setRoles(personID: person.id, roles: roles, by: user.id))
        case .resetPin(let person):
            guard let pin = optionalPin(&editor.form) else { return .none }
            return .run(.resetPin(personID: person.id, pin: pin, by: user.id))
        case .kioskProfile, .kioskNotice, .kioskWithdraw: return KioskStaffForms.submit(&editor, user: user)
        }
    }

    /// Empty PIN fields mean "the person sets it at next login" (`.some(nil)`); otherwise the checked PIN, or nil on error.
    private static func optionalPin(_ form: inout FormState) -> String?? {
        if form["pin"].text.isEmpty && form["pin2"].text.isEmpty { return .some(nil) }
        return form.pin("pin", confirmation: "pin2").map { .some($0) }
    }

    // MARK: - View

    /// "在用", "在用·待设 PIN", "已停用", or "锁定至 14:35" while wrong PINs lock the person out.
    static func status(_ p: Person, now: Date) -> String {
        guard p.isActive else { return PeopleText.inactive }
        if let until = LoginLockout.standard.lockedUntil(p, now: now) { return LoginLockout.untilText(until, now: now) }
        return p.hasPin ? PeopleText.active : PeopleText.activeWithoutPin
    }

    static func render(_ state: PeopleState, keymap: Keymap, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        if let views = state.views { return renderViews(views, list: state.viewList, into: &buffer, rect: rect) }
        if let notices = state.notices {
            KioskNoticeList.render(notices, list: state.noticeList, focused: state.editor == nil, now: now, into: &buffer, rect: rect)
        } else {
            renderStaff(state, now: now, into: &buffer, rect: rect)
        }
        if let person = state.deactivating { return renderDeactivate(person, keymap: keymap, into: &buffer) }
        guard let editor = state.editor else { return }
        let preface = editor.preface
        let height = editor.form.fields.count * 2 + 3 + preface.count
        let inner = Dialog.render(title: editor.title, width: 72, height: height, into: &buffer)
        for (i, line) in preface.enumerated() { buffer.put(line, x: inner.x, y: inner.y + 1 + i, maxWidth: inner.width, role: .dialog) }
        editor.form.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 1 + preface.count, width: inner.width,
                                                     height: inner.height - 1 - preface.count), labelWidth: 12)
    }

    static func renderStaff(_ state: PeopleState, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(PeopleText.title, x: rect.x, y: rect.y, role: .title)
        let columns = [TableColumn(PeopleText.nameLabel, width: 12), TableColumn(PeopleText.rolesLabel, width: 26),
                       TableColumn(PeopleText.zoneLabel, width: 10), TableColumn(PeopleText.columnStatus, width: 20)]
        let rows = state.people.map { p in [p.name, Role.describe(p.roles), p.zone ?? "", status(p, now: now)] }
        TableView.render(columns: columns, rows: rows, state: state.list, focused: state.editor == nil,
                         into: &buffer, rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2))
    }

    static func renderDeactivate(_ person: Person, keymap: Keymap, into buffer: inout ScreenBuffer) {
        let reactivate = KeyNamer(keymap: keymap, contexts: KeyContext.peopleScreen)(.toggleActive)
        let lines = PeopleText.deactivateText(person.name, reactivate: reactivate)
        Dialog.confirm(title: PeopleText.deactivateTitle, width: 70, body: (lines + [""]).map { ($0, .dialog) },
                       keys: keymap.confirmLine(yes: PeopleText.deactivateYes), into: &buffer)
    }

    /// The view log: when, who, which record; the newest first.
    static func renderViews(_ views: [RecordViewEntry], list: ListState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(PeopleText.viewsTitle, x: rect.x, y: rect.y, role: .title)
        guard !views.isEmpty else {
            buffer.put(PeopleText.noViews, x: rect.x, y: rect.y + 2, role: .muted)
            return
        }
        let columns = [TableColumn(PeopleText.columnTime, width: 18), TableColumn(PeopleText.columnViewer, width: 12),
                       TableColumn(PeopleText.columnRecord, width: 24)]
        let rows = views.map { [VisitTime.format($0.at), $0.viewer, $0.record.label] }
        TableView.render(columns: columns, rows: rows, state: list, focused: true,
                         into: &buffer, rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2))
    }
}
