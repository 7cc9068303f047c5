import AppCore
import Domain
import Foundation

/// The people screen's effects against a `PeopleStore`; each change says what it did.
struct PeopleEffects {
    let store: any PeopleStore
    let now: Date

    func run(_ effect: Effect) throws -> Action? {
        switch effect {
        case .loadPeople: return .peopleLoaded(try store.people(includeInactive: true))
        case .addPerson(let name, let roles, let zone, let pin, let actor):
            return .saved(PeopleText.added(try store.addPerson(name: name, roles: roles, zone: zone, pin: pin, by: actor, at: now)))
        case .setRoles(let id, let roles, let actor):
            return .saved(PeopleText.rolesSet(try store.setRoles(roles, for: id, by: actor, at: now)))
        case .resetPin(let id, let pin, let actor):
            return .saved(PeopleText.pinReset(try store.resetPin(for: id, newPin: pin, by: actor, at: now), pinGiven: pin != nil))
        case .setActive(let id, let active, let actor):
            return .saved(PeopleText.activeSet(try store.setActive(active, for: id, by: actor, at: now)))
        default: return nil
        }
    }
}

/// The viewed-records audit and the forms' room lookup, each against its own store.
struct LookupEffects {
    let views: any RecordViewStore
    let rooms: any RoomStore
    let now: Date

    func run(_ effect: Effect) throws -> Action? {
        switch effect {
        case .noteViewed(let record, let actor):
            try views.noteViewed(record, by: actor, at: now)
            return .viewNoted
        case .loadRecordViews(let actor): return .recordViewsLoaded(try views.recordViews(month: nil, by: actor))
        case .lookUpRooms(let typed): return .roomsFound(typed: typed, try rooms.roomCandidates(typed, limit: RoomLookup.limit))
        default: return nil
        }
    }
}
