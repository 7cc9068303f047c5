import Foundation

/// Follows every action for the drafts: after `update` has changed the state, it writes what
/// changed in an open form (debounced), removes the draft of a form closed on purpose, keeps
/// every draft when the person logs out or the terminal locks, fills a form being restored, and
/// locks the terminal after the idle time. Pure: time is the loop's `state.now`.
struct DraftWatch {
    /// The open forms' drafts and the user before the action.
    private let before: [String: FormDraft]
    private let userBefore: Int64?

    init(_ state: AppState) {
        if case .main(let main) = state.phase {
            before = FormSlot.drafts(in: main)
            userBefore = main.user.id
        } else {
            before = [:]
            userBefore = nil
        }
    }

    /// The draft effects that follow `action`, which `update` has just applied to `state`.
    func follow(_ state: inout AppState, after action: Action) -> [Effect] {
        switch action {
        case .key, .mouse: state.drafts.lastActivity = state.now
        case .tick where state.drafts.lastActivity == nil: state.drafts.lastActivity = state.now
        default: break
        }
        guard case .main(var main) = state.phase, main.user.id == userBefore || userBefore == nil else {
            // Logged out (or another person came in): keep every draft for that person's next login.
            let kept = userBefore.map { Self.flush(before, of: $0, &state.drafts) } ?? []
            return kept + login(&state)
        }
        if userBefore == nil { return login(&state) }  // the main screen has just opened: a login
        var effects = Self.restore(&main, &state.drafts, state.tabContext(main))
        state.phase = .main(main)
        effects += Self.write(FormSlot.drafts(in: main), of: main.user.id, &state.drafts, at: state.now)
        if case .tick = action, state.lock == nil, state.drafts.isIdle(at: state.now) {
            effects += Self.flush(FormSlot.drafts(in: main), of: main.user.id, &state.drafts)
            LockFeature.lock(&state)
        }
        return effects
    }

    /// A person has just logged in (or nobody is): start over and look for their drafts.
    private func login(_ state: inout AppState) -> [Effect] {
        guard let user = state.user else {
            if state.drafts.userID != nil { state.drafts.start(for: nil) }
            return []
        }
        state.drafts.start(for: user.id)
        return [.loadDrafts(personID: user.id)]
    }

    // MARK: - Writing and removing

    /// Writes each open form whose content changed, when the debounce allows; removes the drafts
    /// of forms that closed while the same person stayed (saved or cancelled on purpose).
    private static func write(_ open: [String: FormDraft], of person: Int64, _ keeper: inout DraftKeeper, at now: Date) -> [Effect] {
        var effects: [Effect] = []
        for key in keeper.known.keys.sorted() where open[key] == nil {
            keeper.known[key] = nil
            keeper.opened[key] = nil
            if keeper.stored.remove(key) != nil { effects.append(.discardDraft(personID: person, key: key)) }
        }
        for (key, draft) in open.sorted(by: { $0.key < $1.key }) {
            guard keeper.known[key] != nil else {  // just opened: nothing typed yet
                keeper.known[key] = draft
                keeper.opened[key] = draft
                continue
            }
            guard !draft.sameContent(as: keeper.known[key]), keeper.mayWrite(draft, at: now) else { continue }
            effects.append(save(draft, of: person, &keeper))
            keeper.lastWrite = now
        }
        return effects
    }

    /// Writes every draft that differs from what was last written, now, whatever the debounce says.
    static func flush(_ open: [String: FormDraft], of person: Int64, _ keeper: inout DraftKeeper) -> [Effect] {
        open.sorted(by: { $0.key < $1.key }).compactMap { key, draft in
            guard keeper.known[key] != nil, !draft.sameContent(as: keeper.known[key]) else { return nil }
            return save(draft, of: person, &keeper)
        }
    }

    private static func save(_ draft: FormDraft, of person: Int64, _ keeper: inout DraftKeeper) -> Effect {
        keeper.known[draft.key] = draft
        keeper.stored.insert(draft.key)
        return .saveDraft(personID: person, draft)
    }

    // MARK: - Restoring

    /// Fills each form being restored once it is open, opening it first when its tab is shown and the kind allows.
    private static func restore(_ main: inout MainState, _ keeper: inout DraftKeeper, _ context: TabContext) -> [Effect] {
        var effects: [Effect] = []
        for draft in keeper.restoring {
            guard let slot = FormSlot.named(draft.tab) else { continue }
            if slot.key(in: main) == nil, slot.tab == nil || slot.tab == main.tab, main.people == nil || slot.tab == nil,
               let step = FormSlot.reopen(draft.key, &main, context) {
                effects += step.effects
            }
            guard slot.key(in: main) == draft.key, var form = slot.editor(main)?.form else { continue }
            keeper.opened[draft.key] = FormDraft(key: draft.key, tab: draft.tab, form: form)  // its values count as typed
            draft.apply(to: &form)
            slot.setForm(&main, form)
            keeper.known[draft.key] = FormDraft(key: draft.key, tab: draft.tab, form: form)
            keeper.stored.insert(draft.key)
            keeper.restoring.removeAll { $0.key == draft.key }
        }
        return effects
    }

    /// Every open form's draft written now: the loop calls it when a stop signal came or the person quits.
    static func flushAll(_ state: inout AppState) -> [Effect] {
        guard case .main(let main) = state.phase else { return [] }
        return flush(FormSlot.drafts(in: main), of: main.user.id, &state.drafts)
    }
}

extension AppUpdate {
    /// `update`, then the drafts follow the change: what is typed is written (debounced), a form
    /// closed on purpose loses its draft, logout and the lock keep it, a login looks for it, and
    /// the idle time locks the terminal. The run loop calls this; `update` alone stays the
    /// features' reducer, so their tests see only their own effects.
    public static func updateKeepingDrafts(_ state: inout AppState, _ action: Action) -> [Effect] {
        let watch = DraftWatch(state)
        let effects = update(&state, action)
        return effects + watch.follow(&state, after: action)
    }

    /// The effects that write every open form's draft now, whatever the debounce: for the loop to
    /// run when the person quits or a stop signal (SIGINT, SIGTERM, SIGHUP) came.
    public static func keepDrafts(_ state: inout AppState) -> [Effect] { DraftWatch.flushAll(&state) }
}
