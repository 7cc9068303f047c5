import Domain
import Foundation

/// The main screen after login: who is working, which tab is shown, and the people screen when open.
public struct MainState: Equatable, Sendable {
    public var user: Person
    public var tab: Tab = .reception
    /// The people screen, shown over the tabs while open.
    public var people: PeopleState?
    /// The 走访记录 tab.
    public var visits = VisitsState()
    /// The funds tab (经费管理).
    public var funds = FundsState()
    /// The 首问接待 tab (its policy search).
    public var reception = ReceptionState()
    /// The 错时值班 tab.
    public var duty = DutyState()
    public var points = PointsState()
    /// The training screen (F3) when it is open, over the tabs.
    public var training: TrainingState?
    /// The 议事 page (F4) when it is open, over the tabs.
    public var meetings: MeetingsState?
    /// The 巡查 page (F5) when it is open, over the tabs.
    public var patrols: PatrolsState?
    /// The households matching the room typed into the open visit or reception form.
    public var rooms = RoomLookup()

    public init(user: Person, tab: Tab = .reception) {
        self.user = user
        self.tab = tab
    }
}
