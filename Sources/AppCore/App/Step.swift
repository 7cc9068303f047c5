import Domain

/// What a feature's reducer hands back: effects to run, a message to show, and the logged-in
/// person as a write changed them (their own zone assigned), for the main screen to keep.
struct Step {
    var effects: [Effect] = []
    var message: AppState.Message?
    var user: Person?

    static let none = Step()
    static func run(_ effects: Effect...) -> Step { Step(effects: effects) }
    static func error(_ text: String) -> Step { Step(message: .init(text, .error)) }
}
