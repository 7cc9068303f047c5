import Domain
import ScreenKit

/// Where the main screen hands each tab its keys, its data and its drawing: one switch per concern,
/// one line per tab, each calling that tab's feature.
enum TabRouting {
    /// Effects to load a tab's data when it is shown.
    static func onEnter(_ tab: Tab, _ state: inout MainState) -> [Effect] {
        switch tab {
        case .reception: return ReceptionFeature.onEnter(&state.reception)
        case .visits: return VisitsFeature.onEnter(&state)
        case .funds: return [.funds(state.funds.version.map { .loadUnlessUnchanged(since: $0) } ?? .load)]
        case .duty: return DutyFeature.onEnter(&state.duty, user: state.user)
        case .points: return PointsFeature.onEnter(&state.points, user: state.user)
        }
    }

    /// A command for the tab in view (after the main screen's own commands).
    static func handle(_ command: Command, _ state: inout MainState) -> Step {
        switch state.tab {
        case .reception: return ReceptionFeature.handle(command, &state)
        case .visits: return VisitsFeature.handle(command, &state)
        case .funds: return FundsFeature.handle(command, &state.funds, user: state.user)
        case .duty: return DutyFeature.handle(command, &state.duty, user: state.user, rooms: state.rooms.found)
        case .points: return PointsFeature.handle(command, &state.points, user: state.user)
        }
    }

    /// A key the tab in view takes as typing before the keymap sees it (a search field), or nil.
    static func type(_ key: Key, _ state: inout MainState) -> Step? {
        switch state.tab {
        case .reception: return ReceptionFeature.type(key, &state.reception)
        case .visits, .duty, .funds, .points: return nil
        }
    }

    /// A result that came back for one tab's effect.
    static func apply(_ action: Action, _ state: inout MainState) -> Step {
        switch action {
        case .policiesFound: return ReceptionFeature.apply(action, &state.reception)
        case .reception(let result): return ReceptionLogFeature.apply(result, &state)
        case .visits(let result): return VisitsFeature.apply(result, &state)
        case .funds(let action): return FundsFeature.apply(action, &state.funds)
        case .duty(let result): return DutyFeature.apply(result, &state.duty)
        case .points(let result): return PointsFeature.apply(result, &state.points)
        case .training(let result): return TrainingFeature.apply(result, &state.training)
        default: return .none
        }
    }

    /// Draws the tab's body.
    static func render(_ state: MainState, into buffer: inout ScreenBuffer, rect: Rect) {
        switch state.tab {
        case .reception: ReceptionView.render(state, into: &buffer, rect: rect)
        case .visits: VisitsView.render(state.visits, rooms: state.rooms, into: &buffer, rect: rect)
        case .funds: FundsView.render(state.funds, into: &buffer, rect: rect)
        case .duty: DutyView.render(state.duty, user: state.user, into: &buffer, rect: rect)
        case .points: PointsView.render(state.points, user: state.user, into: &buffer, rect: rect)
        }
    }
}
