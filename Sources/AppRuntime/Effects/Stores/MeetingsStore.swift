import Domain
import Foundation
import Storage

/// What the 议事 page's effects need of storage.
public protocol MeetingsStore {
    func meetings(year: Int) throws -> [Meeting]
    @discardableResult
    func recordMeeting(_ meeting: Meeting, rules: RuleSet, by actor: Int64, at now: Date) throws -> Meeting
}

extension AppDatabase: MeetingsStore {}
