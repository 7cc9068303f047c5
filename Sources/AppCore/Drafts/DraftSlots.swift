import Domain
import ScreenKit

/// Where the main screen keeps its open forms, and how a draft finds its form again.
///
/// One generic rule names a form: its slot (the tab, or the people screen), the case of its
/// editor's `mode`, and the id of the record that case carries (`funds.decide#7`). So a new form
/// drafts itself with no code of its own. Only reopening an empty form from nothing, after a
/// restart, needs a line per kind of form (`reopen`); a form about a record is filled from its
/// draft when the person opens it on that record again.
struct DraftSlot: Sendable {
    let name: String
    let title: String
    let editor: @Sendable (MainState) -> Any?
    let form: @Sendable (MainState) -> FormState?
    let setForm: @Sendable (inout MainState, FormState) -> Void

    /// Every place a form of the main screen lives, one line each.
    static let all: [DraftSlot] = [
        DraftSlot(name: "reception", title: Tab.reception.title, editor: { $0.reception.editor }, form: { $0.reception.editor?.form },
                  setForm: { $0.reception.editor?.form = $1 }),
        DraftSlot(name: "visits", title: Tab.visits.title, editor: { $0.visits.editor }, form: { $0.visits.editor?.form },
                  setForm: { $0.visits.editor?.form = $1 }),
        DraftSlot(name: "duty", title: Tab.duty.title, editor: { $0.duty.editor }, form: { $0.duty.editor?.form },
                  setForm: { $0.duty.editor?.form = $1 }),
        DraftSlot(name: "funds", title: Tab.funds.title, editor: { $0.funds.editor }, form: { $0.funds.editor?.form },
                  setForm: { $0.funds.editor?.form = $1 }),
        DraftSlot(name: "points", title: Tab.points.title, editor: { $0.points.editor }, form: { $0.points.editor?.form },
                  setForm: { $0.points.editor?.form = $1 }),
        DraftSlot(name: "people", title: DraftText.peopleTitle, editor: { $0.people?.editor }, form: { $0.people?.editor?.form },
                  setForm: { $0.people?.editor?.form = $1 }),
    ]

    static func named(_ name: String) -> DraftSlot? { all.first { $0.name == name } }

    /// The tab the slot's forms are on; nil for the people screen.
    var tab: Tab? { Tab.allCases.first { "\($0)" == name } }

    /// The identity of the form open in this slot, if one is.
    func key(in state: MainState) -> String? {
        guard let editor = editor(state) else { return nil }
        guard let mode = Mirror(reflecting: editor).children.first(where: { $0.label == "mode" })?.value else { return name }
        let (kind, payload) = Self.caseOf(mode)
        return "\(name).\(kind)" + (payload.flatMap(Self.recordID).map { "#\($0)" } ?? "")
    }

    /// The drafts of the forms open in `state`, by key.
    static func drafts(in state: MainState) -> [String: FormDraft] {
        var found: [String: FormDraft] = [:]
        for slot in all {
            guard let key = slot.key(in: state), let form = slot.form(state) else { continue }
            found[key] = FormDraft(key: key, tab: slot.name, form: form)
        }
        return found
    }

    // MARK: - Reading a mode

    /// An enum value's case name and the value it carries.
    private static func caseOf(_ value: Any) -> (String, Any?) {
        if let child = Mirror(reflecting: value).children.first, let label = child.label { return (label, child.value) }
        return ("\(value)", nil)
    }

    /// The `id` of the record a case carries (the first one of a tuple, through an optional).
    private static func recordID(_ value: Any) -> Int64? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .tuple {
            return mirror.children.first.flatMap { recordID($0.value) }
        }
        return mirror.children.first { $0.label == "id" }?.value as? Int64
    }

    // MARK: - Opening an empty form again

    /// Opens an empty form of `key`'s kind as its key would; nil when the kind needs a record, or
    /// the tab's data has not come yet (the watch tries again after the next result).
    static func reopen(_ key: String, _ state: inout MainState) -> Step? {
        openers[key]?(&state)
    }

    /// True when a form of `key`'s kind can be opened again with nothing chosen first.
    static func canReopen(_ key: String) -> Bool { openers[key] != nil }

    /// How each form that needs no record is opened, one line a kind.
    private static let openers: [String: @Sendable (inout MainState) -> Step?] = [
        "reception.new": { s in
            s.reception.editor = .new(now: s.now)
            s.reception.screen = .form
            return Step.none
        },
        "reception.online": { s in
            s.reception.editor = .online(now: s.now)
            s.reception.screen = .form
            return Step.none
        },
        "visits.visit": { s in s.visits.editor = .visit(now: s.now); return Step.none },
        "funds.request": { s in funds(.add, &s) },
        "funds.batch": { s in funds(.batch, &s) },
        "funds.planLine": { s in plan(.add, &s) },
        "funds.planReport": { s in plan(.planReport, &s) },
        "funds.budget": { s in plan(.budget, &s) },
        "duty.template": { s in duty(.dutyTemplate, &s) },
        "duty.hours": { s in duty(.dutyHours, &s) },
        "duty.shift": { s in duty(.dutyAddShift, &s) },
        "duty.book": { s in duty(.dutyBook, &s) },
        "duty.intake": { s in duty(.dutyIntake, &s) },
        "people.add": { s in
            s.people = s.people ?? PeopleState()
            s.people?.editor = PeopleEditor(.add)
            return .run(.loadPeople)
        },
    ]

    private static func funds(_ command: Command, _ s: inout MainState) -> Step? {
        guard s.funds.today != nil else { return nil }
        return FundsFeature.handle(command, &s.funds, user: s.user)
    }

    private static func plan(_ command: Command, _ s: inout MainState) -> Step? {
        guard s.funds.book != nil, s.funds.today != nil else { return nil }
        return FundsPlanFeature.open(command, &s.funds, user: s.user)
    }

    private static func duty(_ command: Command, _ s: inout MainState) -> Step? {
        guard s.duty.snapshot != nil else { return nil }
        return DutyFeature.handle(command, &s.duty, user: s.user, rooms: s.rooms.found)
    }
}
