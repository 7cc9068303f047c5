import Domain
import Foundation
import Storage

/// What the people screen needs of storage: the list, adding a person, their roles, PIN and whether
/// they may log in; what the records a person viewed and the room lookup of the forms need.
public protocol PeopleStore {
    func people(includeInactive: Bool) throws -> [Person]
    func addPerson(name: String, roles: Set<Role>, zone: String?, pin: String?, by actor: Int64, at: Date) throws -> Person
    func setRoles(_ roles: Set<Role>, for id: Int64, by actor: Int64, at: Date) throws -> Person
    func resetPin(for id: Int64, newPin: String?, by actor: Int64, at: Date) throws -> Person
    func setActive(_ active: Bool, for id: Int64, by actor: Int64, at: Date) throws -> Person
}

/// What the audit of viewed personal records needs of storage.
public protocol RecordViewStore {
    func noteViewed(_ record: ViewedRecord, by actor: Int64, at: Date) throws
    func recordViews(month: Month?, by actor: Int64) throws -> [RecordViewEntry]
}

/// What the forms' room completion needs of storage.
public protocol RoomStore {
    func roomCandidates(_ typed: String, limit: Int) throws -> [Household]
}

extension AppDatabase: PeopleStore, RecordViewStore, RoomStore {}
