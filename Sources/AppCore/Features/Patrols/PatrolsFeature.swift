import Domain
import ScreenKit

/// The 巡查 page's reducer: a month's patrols (`[` `]`), `o` the open findings past the rule set's
/// days, `a` to record a patrol with what it found, `c` to close the chosen finding with what was done.
enum PatrolsFeature {
    static func open(_ main: inout MainState, _ context: TabContext) -> Step {
        main.people = nil
        main.training = nil
        main.meetings = nil
        let month = context.today.calendarMonth
        main.patrols = PatrolsState(month: month)
        return .run(.patrols(.load(month)))
    }

    static func handle(_ command: Command, _ state: inout PatrolsState, user: Person, context: TabContext) -> Step {
        if state.editor != nil {
            return FormKeys.handle(command, &state.editor, form: \.form) { submit(&$0, user: user) }
        }
        switch command {
        case .add: state.editor = PatrolsEditor(mode: .record, form: PatrolsForms.record(user: user, today: context.today))
        case .patrolClose: return close(&state, context)
        case .previousMonth, .nextMonth:
            state.month = command == .nextMonth ? state.month.next : state.month.previous
            state.overdueOnly = false
            return reload(&state)
        case .overdue:
            state.overdueOnly.toggle()
            return reload(&state)
        default:
            _ = state.list.navigate(command, count: state.rows(today: context.today, rules: context.rules).count)
        }
        return .none
    }

    private static func close(_ state: inout PatrolsState, _ context: TabContext) -> Step {
        let rows = state.rows(today: context.today, rules: context.rules)
        guard let finding = rows[safe: state.list.selected]?.finding, finding.isOpen else {
            return Step(message: .init(PatrolsText.notOpen, .warning))
        }
        state.editor = PatrolsEditor(mode: .close(finding.id), form: PatrolsForms.close(today: context.today))
        return .none
    }

    static func reload(_ state: inout PatrolsState) -> Step {
        state.patrols = []
        state.list = ListState()
        return .run(.patrols(state.overdueOnly ? .loadOpen : .load(state.month)))
    }

    static func apply(_ result: PatrolsResult, _ state: inout PatrolsState?) -> Step {
        guard var s = state else { return .none }
        defer { state = s }
        switch result {
        case .loaded(let month, let patrols):
            guard s.overdueOnly ? month == nil : month == s.month else { return .none }
            s.patrols = patrols
            s.list.clamp(count: patrols.reduce(0) { $0 + max(1, $1.findings.count) })
            return .none
        case .recorded(let patrol):
            s.editor = nil
            s.month = patrol.date.calendarMonth
            s.overdueOnly = false
            return Step(effects: reload(&s).effects, message: .init(PatrolsText.recorded(patrol), .ok))
        case .closed(let id):
            s.editor = nil
            return Step(effects: reload(&s).effects, message: .init(PatrolsText.closed(id), .ok))
        }
    }

    private static func submit(_ editor: inout PatrolsEditor, user: Person) -> Step {
        editor.form.clearErrors()
        switch editor.mode {
        case .record:
            guard let patrol = PatrolsForms.patrol(&editor.form) else { return .none }
            return .run(.patrols(.record(patrol, by: user.id)))
        case .close(let id):
            guard let closure = PatrolsForms.closure(&editor.form) else { return .none }
            return .run(.patrols(.close(id, closure, by: user.id)))
        }
    }
}
