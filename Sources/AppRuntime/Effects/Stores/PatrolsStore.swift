import Domain
import Foundation
import Storage

/// What the 巡查 page's effects need of storage.
public protocol PatrolsStore {
    func patrols(month: Month) throws -> [Patrol]
    func patrolsWithOpenFindings() throws -> [Patrol]
    @discardableResult
    func recordPatrol(_ patrol: Patrol, rules: RuleSet, by actor: Int64, at now: Date) throws -> Patrol
    func closeFinding(_ id: Int64, _ closure: FindingClosure, by actor: Int64, at now: Date) throws
}

extension AppDatabase: PatrolsStore {}
