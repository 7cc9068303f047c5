import AppCore
import Domain
import Foundation
import Storage

/// Runs the 议事 page's effects against a `MeetingsStore`.
struct MeetingsEffects {
    let store: any MeetingsStore
    let now: Date

    func run(_ effect: MeetingsEffect) throws -> Action {
        switch effect {
        case .load(let year):
            return .meetings(.loaded(year: year, try store.meetings(year: year)))
        case .record(let meeting, let actor):
            let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: now))
            return .meetings(.recorded(try store.recordMeeting(meeting, rules: rules, by: actor, at: now)))
        }
    }
}
