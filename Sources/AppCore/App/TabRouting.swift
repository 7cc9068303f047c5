import Domain
import ScreenKit

/// Where the main screen hands each tab its keys, its data and its drawing: one switch per concern,
/// one line per tab. A tab that is built replaces its placeholder line here with its feature's.
enum TabRouting {
    /// Effects to load a tab's data when it is shown.
    static func onEnter(_ tab: Tab, _ state: inout MainState) -> [Effect] {
        switch tab {
        case .duty: return DutyFeature.onEnter(&state.duty)
        case .reception, .visits, .funds, .points: return []
        }
    }

    /// A command for the tab in view (after the main screen's own commands).
    static func handle(_ command: Command, _ state: inout MainState) -> Step {
        switch state.tab {
        case .duty: return DutyFeature.handle(command, &state.duty, user: state.user)
        case .reception, .visits, .funds, .points: return .none
        }
    }

    /// A result that came back for one tab's effect.
    static func apply(_ action: Action, _ state: inout MainState) -> Step {
        switch action {
        case .duty(let result): return DutyFeature.apply(result, &state.duty)
        default: return .none
        }
    }

    /// The form the person is typing into on the tab, if any.
    static func form(_ state: MainState) -> FormState? {
        switch state.tab {
        case .duty: return state.duty.editor?.form
        case .reception, .visits, .funds, .points: return nil
        }
    }

    /// Writes back the form returned by `form(_:)`.
    static func setForm(_ form: FormState, _ state: inout MainState) {
        switch state.tab {
        case .duty: state.duty.editor?.form = form
        case .reception, .visits, .funds, .points: break
        }
    }

    /// Draws the tab's body.
    static func render(_ state: MainState, into buffer: inout ScreenBuffer, rect: Rect) {
        switch state.tab {
        case .duty: DutyView.render(state.duty, user: state.user, into: &buffer, rect: rect)
        case .reception, .visits, .funds, .points: TabFeature.render(state.tab, into: &buffer, rect: rect)
        }
    }
}
