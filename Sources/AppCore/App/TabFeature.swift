import Domain
import Foundation
import ScreenKit

/// What every tab is handed besides its own state: who is working, the clock, the rules in force,
/// the keymap (for key names in text) and the households matching a room being typed. Built from
/// `AppState` each time a tab is called, so the clock and the rules are held once, there.
struct TabContext: Sendable {
    let user: Person
    let now: Date
    let ruleBook: RuleBook?
    /// The working-day calendar deadlines are counted on.
    let calendar: WorkingDayCalendar
    let keymap: Keymap
    let rooms: RoomLookup

    /// Today in Shanghai, by the context's clock.
    var today: LocalDate { ShanghaiCalendar.day(of: now) }

    /// The rules in force on `day` (`RuleBook.rules(on:)`); nil only when no rule book could be read.
    func rules(on day: LocalDate) -> RuleSet? { ruleBook?.rules(on: day) }

    /// The rules in force today.
    var rules: RuleSet? { rules(on: today) }
}

extension AppState {
    /// The context the main screen's tabs are called with, when someone is logged in.
    func tabContext(_ main: MainState) -> TabContext {
        TabContext(user: main.user, now: now, ruleBook: ruleBook, calendar: calendar, keymap: keymap, rooms: main.rooms)
    }
}

/// A tab of the main screen: one shape for all of them, so a new tab (the street office's, the
/// kiosk's pages) is added by conforming and one line in `TabRouting.features`, not by editing switches.
protocol TabFeature {
    associatedtype State
    /// The tab it draws.
    static var tab: Tab { get }
    /// Where its state lives in the main screen's.
    static var state: WritableKeyPath<MainState, State> & Sendable { get }
    /// Effects to load what its first screen shows, when the tab is shown.
    static func enter(_ state: inout State, _ context: TabContext) -> [Effect]
    /// A command from the keymap, after the main screen's own.
    static func handle(_ command: Command, _ state: inout State, _ context: TabContext) -> Step
    /// A key taken as typing before the keymap sees it (a search field), or nil.
    static func type(_ key: Key, _ state: inout State, _ context: TabContext) -> Step?
    /// A result of one of its effects; nil when the action is not its own.
    static func apply(_ action: Action, _ state: inout State, _ context: TabContext) -> Step?
    /// Draws its body.
    static func render(_ state: State, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect)
}

extension TabFeature {
    /// Most tabs take no typing outside their forms.
    static func type(_ key: Key, _ state: inout State, _ context: TabContext) -> Step? { nil }
}
