import Domain

/// The main screen after login: who is working, which tab is shown, and the people screen when open.
public struct MainState: Equatable, Sendable {
    public var user: Person
    public var tab: Tab = .reception
    /// The people screen, shown over the tabs while open.
    public var people: PeopleState?
    /// The 错时值班 tab.
    public var duty = DutyState()

    public init(user: Person, tab: Tab = .reception) {
        self.user = user
        self.tab = tab
    }
}
