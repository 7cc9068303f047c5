import Domain
import Foundation
import Storage

/// What starting up, the first run and logging in need of storage: the committee, who may log in,
/// setting up the first person, checking a PIN and a person setting their own.
public protocol SessionStore {
    func committee() throws -> Committee?
    func people(includeInactive: Bool) throws -> [Person]
    func initialize(committee: Committee, adminName: String, adminRoles: Set<Role>, pin: String, at: Date) throws -> Person
    func verifyLogin(personID: Int64, pin: String, now: Date) throws -> LoginOutcome
    func setOwnPin(for id: Int64, pin: String, at: Date) throws -> Person
}

extension AppDatabase: SessionStore {}
