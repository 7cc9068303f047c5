import Domain
import ScreenKit

/// Where the main screen hands each tab its keys, its data and its drawing: each concern looks up
/// the tab's `TabFeature` in `features` and calls it on its own state with the `TabContext`.
enum TabRouting {
    /// The tabs' features, in the order of the tab bar; a new tab is one line here.
    static var features: [any TabFeature.Type] {
        [ReceptionFeature.self, VisitsFeature.self, DutyFeature.self, FundsFeature.self, PointsFeature.self]
    }

    static func feature(_ tab: Tab) -> any TabFeature.Type {
        guard let feature = features.first(where: { $0.tab == tab }) else { fatalError("no feature draws the tab \(tab)") }
        return feature
    }

    /// Effects to load a tab's data when it is shown.
    static func enter(_ tab: Tab, _ main: inout MainState, _ context: TabContext) -> [Effect] {
        enter(feature(tab), &main, context)
    }

    /// A command for the tab in view (after the main screen's own commands).
    static func handle(_ command: Command, _ main: inout MainState, _ context: TabContext) -> Step {
        kept(handle(feature(main.tab), command, &main, context), &main)
    }

    /// A key the tab in view takes as typing before the keymap sees it (a search field), or nil.
    static func type(_ key: Key, _ main: inout MainState, _ context: TabContext) -> Step? {
        type(feature(main.tab), key, &main, context)
    }

    /// A result that came back for one tab's effect (or the training screen's), to the feature it belongs to.
    static func apply(_ action: Action, _ main: inout MainState, _ context: TabContext) -> Step {
        if case .training(let result) = action {
            return TrainingFeature.apply(result, &main.training, keys: context.trainingKeys(answering: false))
        }
        if case .meetings(let result) = action { return MeetingsFeature.apply(result, &main.meetings) }
        if case .patrols(let result) = action { return PatrolsFeature.apply(result, &main.patrols) }
        for feature in features {
            if let step = apply(feature, action, &main, context) { return kept(step, &main) }
        }
        return .none
    }

    /// Draws the tab's body.
    static func render(_ main: MainState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        render(feature(main.tab), main, context, into: &buffer, rect: rect)
    }

    /// The person as a step changed them becomes the main screen's user.
    private static func kept(_ step: Step, _ main: inout MainState) -> Step {
        if let user = step.user { main.user = user }
        return step
    }

    // MARK: - One feature, opened

    private static func enter<F: TabFeature>(_: F.Type, _ main: inout MainState, _ context: TabContext) -> [Effect] {
        F.enter(&main[keyPath: F.state], context)
    }

    private static func handle<F: TabFeature>(_: F.Type, _ command: Command, _ main: inout MainState, _ context: TabContext) -> Step {
        F.handle(command, &main[keyPath: F.state], context)
    }

    private static func type<F: TabFeature>(_: F.Type, _ key: Key, _ main: inout MainState, _ context: TabContext) -> Step? {
        F.type(key, &main[keyPath: F.state], context)
    }

    private static func apply<F: TabFeature>(_: F.Type, _ action: Action, _ main: inout MainState, _ context: TabContext) -> Step? {
        F.apply(action, &main[keyPath: F.state], context)
    }

    private static func render<F: TabFeature>(_: F.Type, _ main: MainState, _ context: TabContext, into buffer: inout ScreenBuffer,
                                              rect: Rect) {
        F.render(main[keyPath: F.state], context, into: &buffer, rect: rect)
    }
}
