import Domain
import ScreenKit

/// A place on the main screen where a form lives: one per tab, and the people screen.
///
/// `FormSlot.all` is the one list of them. The form with the keyboard (`AppState.activeForm`),
/// the forms quit asks about, and the drafts (`DraftWatch`) are all read from it, so a new tab's
/// forms are added by one line here and a `DraftKeyed` mode.
struct FormSlot: Sendable {
    /// The stable name a draft records as its place (`FormDraft.tab`); saved in users' databases.
    let name: String
    /// The tab the slot's forms are on; nil for the people screen.
    let tab: Tab?
    /// What the draft dialog calls the place.
    let title: String
    /// The editor open in the slot, shown or not.
    let editor: @Sendable (MainState) -> (any DraftedEditor)?
    /// Writes the open editor's form (a draft filled back in).
    let setForm: @Sendable (inout MainState, FormState) -> Void
    /// The form that has the keyboard while the slot is in view; by default the editor's.
    let shownForm: @Sendable (MainState) -> FormState?
    /// Writes back the form returned by `shownForm` after a key.
    let setShownForm: @Sendable (inout MainState, FormState) -> Void

    init<Editor: DraftedEditor>(_ name: String, tab: Tab?, title: String, _ path: WritableKeyPath<MainState, Editor?> & Sendable,
                                shown: (@Sendable (MainState) -> FormState?)? = nil,
                                setShown: (@Sendable (inout MainState, FormState) -> Void)? = nil) {
        let setForm: @Sendable (inout MainState, FormState) -> Void = { $0[keyPath: path]?.form = $1 }
        self.name = name
        self.tab = tab
        self.title = title
        self.editor = { $0[keyPath: path] }
        self.setForm = setForm
        self.shownForm = shown ?? { $0[keyPath: path]?.form }
        self.setShownForm = setShown ?? setForm
    }

    /// Every place a form of the main screen lives, one line each.
    static let all: [FormSlot] = [
        FormSlot("reception", tab: .reception, title: Tab.reception.title, \.reception.editor,
                 shown: { ReceptionFormFeature.form($0.reception) }, setShown: { ReceptionFormFeature.setForm($1, &$0.reception) }),
        FormSlot("visits", tab: .visits, title: Tab.visits.title, \.visits.editor),
        FormSlot("duty", tab: .duty, title: Tab.duty.title, \.duty.editor),
        FormSlot("funds", tab: .funds, title: Tab.funds.title, \.funds.editor,
                 shown: { $0.funds.asks ? nil : $0.funds.editor?.form },  // a question (payment, payee correction) has the keys
                 setShown: { FundsFeature.setForm($1, &$0.funds) }),
        // Under the dialog that asks before a recomputation, the form does not take keys.
        FormSlot("points", tab: .points, title: Tab.points.title, \.points.editor,
                 shown: { $0.points.signing == nil ? $0.points.editor?.form : nil }),
        FormSlot("people", tab: nil, title: PeopleText.title, \.peopleEditor),
        FormSlot("meetings", tab: nil, title: MeetingText.title, \.meetingsEditor),
        FormSlot("patrols", tab: nil, title: PatrolText.title, \.patrolsEditor),
    ]

    static func named(_ name: String) -> FormSlot? { all.first { $0.name == name } }

    /// The slot in view: the people screen over the tabs when it is open, else the tab's.
    static func inView(_ state: MainState) -> FormSlot {
        if state.meetings != nil { return named("meetings")! }
        if state.patrols != nil { return named("patrols")! }
        let tab: Tab? = state.people != nil ? nil : state.tab
        return all.first { $0.tab == tab }!
    }

    /// Every open form, shown or not (a reception form stays open under the policy search), for quit to ask about.
    static func openForms(_ state: MainState) -> [FormState] { all.compactMap { $0.editor(state)?.form } }

    /// The draft key of the form open in this slot, if one is.
    func key(in state: MainState) -> String? { editor(state)?.draftKey }

    /// The drafts of the forms open in `state`, by key.
    static func drafts(in state: MainState) -> [String: FormDraft] {
        var found: [String: FormDraft] = [:]
        for slot in all {
            guard let editor = slot.editor(state) else { continue }
            found[editor.draftKey] = FormDraft(key: editor.draftKey, tab: slot.name, form: editor.form)
        }
        return found
    }
}

extension MainState {
    /// The people screen's editor, as a place a key path can write (an optional chain cannot).
    fileprivate var peopleEditor: PeopleEditor? {
        get { people?.editor }
        set { people?.editor = newValue }
    }

    /// The 议事 page's editor, likewise.
    fileprivate var meetingsEditor: MeetingsEditor? {
        get { meetings?.editor }
        set { meetings?.editor = newValue }
    }

    /// The 巡查 page's editor, likewise.
    fileprivate var patrolsEditor: PatrolsEditor? {
        get { patrols?.editor }
        set { patrols?.editor = newValue }
    }
}
