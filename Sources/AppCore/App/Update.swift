import Domain
import ScreenKit

/// The program's reducer: an action in, the new state and the effects out. Pure: no clock, no storage, no terminal.
public enum AppUpdate {
    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        let effects = reduce(&state, action)
        return effects + RoomLookup.effects(&state)
    }

    static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key): return handleKey(key, &state)
        case .mouse(let event): return StaffMouse.handle(event, &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
        case .tick(let now): state.now = now
        case .startupLoaded(let committee, let people):
            state.committee = committee
            state.phase = committee == nil ? .firstRun(FirstRunState()) : .login(LoginState(people: people))
        case .initialized(let committee, let admin):
            state.committee = committee
            state.phase = .main(MainState(user: admin))
            state.message = .init(FirstRunFeature.created(committee, admin), .ok)
            return enterShownTab(&state)
        case .loginResult(let result) where state.lock != nil: return LockFeature.apply(result, &state)
        case .loginResult(let result):
            LoginFeature.apply(result, &state)
            return enterShownTab(&state)
        case .peopleLoaded(let people): peopleLoaded(people, &state)
        case .saved(let text):  // a change on the people screen was saved
            if case .main(var main) = state.phase { main.people?.editor = nil; state.phase = .main(main) }
            state.message = .init(text, .ok)
            return [.loadPeople]
        case .failed(let text): state.message = .init(text, .error)
        case .visits: return applyToMain(action, &state)
        case .funds: return applyToMain(action, &state)
        case .policiesFound: return applyToMain(action, &state)
        case .duty: return applyToMain(action, &state)
        case .reception: return applyToMain(action, &state)
        case .points: return applyToMain(action, &state)
        case .training: return applyToMain(action, &state)
        case .practiceReset(let text, let reload): return PracticeFeature.applyReset(text, reload: reload, &state)
        case .draftsLoaded(let drafts): DraftDialog.offer(drafts, &state)
        case .draftKept: break
        case .viewNoted: break
        case .recordViewsLoaded(let entries):
            if case .main(var main) = state.phase { main.people?.showViews(entries); state.phase = .main(main) }
        case .roomsFound(let typed, let found): RoomLookup.apply(typed: typed, found: found, &state)
        case .kioskProfileLoaded(let profile):
            if case .main(var main) = state.phase { main.people?.editor = KioskStaffForms.profileEditor(profile); state.phase = .main(main) }
        case .kioskNoticesLoaded(let notices, let message):
            if case .main(var main) = state.phase, main.people != nil {
                KioskNoticeList.show(notices, in: &main.people!)
                state.phase = .main(main)
            }
            if let message { state.message = .init(message, .ok) }
        }
        return []
    }

    // MARK: - Keys

    /// Typing goes to the focused field first; every other key is looked up in the keymap for the contexts in force.
    static func handleKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.lock != nil, !state.isTooSmall { return LockFeature.handleKey(key, &state) }
        if state.modal == nil, !state.isTooSmall, var form = state.activeForm, form.apply(key) {
            state.activeForm = form
            return []
        }
        if state.modal == nil, !state.isTooSmall, let effects = typeIntoTab(key, &state) { return effects }
        let contexts = state.keyContexts.map(\.rawValue)
        guard let name = state.keymap.command(for: key, in: contexts), let command = Command(rawValue: name) else {
            return []
        }
        if state.isTooSmall { return command == .quit ? [.quit] : [] }
        if state.modal != nil { return handleModal(command, &state) }
        state.message = nil
        return handleCommand(command, &state)
    }

    static func handleModal(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch (state.modal, command) {
        case (.confirmQuit, .confirm): return [.quit]
        case (.confirmQuit, .deny), (.confirmQuit, .cancel): state.modal = nil
        case (.help, .cancel), (.help, .help), (.help, .quit): state.modal = nil
        case (.help(let contexts, let scroll), _):
            let moved = HelpScreen.scrolled(scroll, by: command, state, contexts: contexts)
            state.modal = .help(contexts: contexts, scroll: moved ?? scroll)
        case (.confirmPracticeReset, .confirm): return PracticeFeature.confirmReset(&state)
        case (.confirmPracticeReset, .deny), (.confirmPracticeReset, .cancel): state.modal = nil
        case (.restoreDraft(let draft), _): return DraftDialog.answer(command, draft, &state)
        case (.confirmDiscard, _): return DiscardDialog.answer(command, &state)
        default: break
        }
        return []
    }

    // MARK: - Commands

    static func handleCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .quit:
            if state.hasUnsavedInput { state.modal = .confirmQuit; return [] }
            return [.quit]
        case .help:
            state.modal = .help(contexts: state.keyContexts, scroll: 0)
            return []
        case .practiceReset: return PracticeFeature.requestReset(&state)
        case .cancel:
            // On the first-run form there is nothing to go back to: Esc leaves, asking first.
            if case .firstRun = state.phase { return handleCommand(.quit, &state) }
            if let lost = DiscardDialog.wouldLose(state) { state.modal = .confirmDiscard(lost); return [] }
            return handleInPhase(command, &state)
        default:
            return handleInPhase(command, &state)
        }
    }

    static func handleInPhase(_ command: Command, _ state: inout AppState) -> [Effect] {
        var step = Step.none
        switch state.phase {
        case .starting: break
        case .firstRun(var s):
            step = FirstRunFeature.handle(command, &s)
            state.phase = .firstRun(s)
        case .login(var s):
            step = LoginFeature.handle(command, &s)
            state.phase = .login(s)
        case .main(var s):
            step = handleMain(command, &s, state.tabContext(s))
            state.phase = .main(s)
            if command == .logout { state.phase = .login(LoginState(people: [])) }
        }
        if let message = step.message { state.message = message }
        return step.effects
    }

    static func handleMain(_ command: Command, _ state: inout MainState, _ context: TabContext) -> Step {
        if let tab = command.tab { return show(tab, &state, context) }
        switch command {
        case .nextTab: return show(state.tab.next, &state, context)
        case .previousTab: return show(state.tab.previous, &state, context)
        case .people:
            state.training = nil
            state.people = PeopleState()
            return .run(.loadPeople)
        case .logout: return .run(.loadPeople)
        case .training:
            state.people = nil
            return TrainingFeature.open(&state)
        case .cancel where state.training != nil && state.training?.sheet == nil:
            state.training = nil
            return .none
        case _ where state.training != nil:
            let user = state.user
            return TrainingFeature.handle(command, &state.training!, user: user, keys: context.trainingKeys(answering: true))
        case .cancel where state.people?.isAtList == true:
            state.people = nil
            return .none
        default:
            guard var people = state.people else { return TabRouting.handle(command, &state, context) }
            let step = PeopleFeature.handle(command, &people, user: state.user)
            state.people = people
            return step
        }
    }

    /// Shows a tab (closing the people screen) and loads what it needs.
    static func show(_ tab: Tab, _ state: inout MainState, _ context: TabContext) -> Step {
        state.tab = tab
        state.people = nil
        state.training = nil
        return Step(effects: TabRouting.enter(tab, &state, context))
    }

    /// A key that the tab in view takes as typing (through `TabRouting.type`); nil leaves it to the keymap.
    static func typeIntoTab(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard case .main(var main) = state.phase, main.people == nil, main.training == nil, let step = TabRouting.type(key, &main, state.tabContext(main)) else { return nil }
        state.phase = .main(main)
        return step.effects
    }

    /// Loads the tab shown when the main screen opens (after login or first run).
    static func enterShownTab(_ state: inout AppState) -> [Effect] {
        guard case .main(var main) = state.phase else { return [] }
        let effects = TabRouting.enter(main.tab, &main, state.tabContext(main))
        state.phase = .main(main)
        return effects
    }

    /// A result for a tab's effect goes to that tab, through `TabRouting.apply`.
    static func applyToMain(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .main(var main) = state.phase else { return [] }
        let step = TabRouting.apply(action, &main, state.tabContext(main))
        state.phase = .main(main)
        if let message = step.message { state.message = message }
        return step.effects
    }

    static func peopleLoaded(_ people: [Person], _ state: inout AppState) {
        switch state.phase {
        case .login(var login):
            login.people = people.filter(\.isActive)
            login.list.clamp(count: login.people.count)
            state.phase = .login(login)
        case .main(var main):
            if let me = people.first(where: { $0.id == main.user.id }) { main.user = me }
            main.people?.people = people
            main.people?.list.clamp(count: people.count)
            state.phase = .main(main)
        default: break
        }
    }
}
