/// What a feature's reducer hands back: effects to run and a message to show.
struct Step {
    var effects: [Effect] = []
    var message: AppState.Message?

    static let none = Step()
    static func run(_ effects: Effect...) -> Step { Step(effects: effects) }
    static func error(_ text: String) -> Step { Step(message: .init(text, .error)) }
}
