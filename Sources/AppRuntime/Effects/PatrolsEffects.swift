import AppCore
import Domain
import Foundation
import Storage

/// Runs the 巡查 page's effects against a `PatrolsStore`.
struct PatrolsEffects {
    let store: any PatrolsStore
    let now: Date

    func run(_ effect: PatrolsEffect) throws -> Action {
        switch effect {
        case .load(let month): return .patrols(.loaded(month, try store.patrols(month: month)))
        case .loadOpen: return .patrols(.loaded(nil, try store.patrolsWithOpenFindings()))
        case .record(let patrol, let actor):
            let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: now))
            return .patrols(.recorded(try store.recordPatrol(patrol, rules: rules, by: actor, at: now)))
        case .close(let id, let closure, let actor):
            try store.closeFinding(id, closure, by: actor, at: now)
            return .patrols(.closed(id))
        }
    }
}
