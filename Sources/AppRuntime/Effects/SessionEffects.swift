import AppCore
import Domain
import Foundation
import Storage

/// Starting up, the first run and logging in, against a `SessionStore`.
struct SessionEffects {
    let store: any SessionStore
    let now: Date

    func run(_ effect: Effect) throws -> Action? {
        switch effect {
        case .loadStartup:
            return .startupLoaded(committee: try store.committee(), people: try store.people(includeInactive: false))
        case .initialize(let committee, let name, let roles, let pin):
            let admin = try store.initialize(committee: committee, adminName: name, adminRoles: roles, pin: pin, at: now)
            return .initialized(committee: committee, admin: admin)
        case .login(let id, let pin): return .loginResult(Self.result(try store.verifyLogin(personID: id, pin: pin, now: now)))
        case .setOwnPin(let id, let pin): return .loginResult(.success(try store.setOwnPin(for: id, pin: pin, at: now)))
        default: return nil
        }
    }

    static func result(_ outcome: LoginOutcome) -> LoginResult {
        switch outcome {
        case .success(let p): return .success(p)
        case .wrongPin(let message): return .wrongPin(message)
        case .locked(let until, let message): return .locked(message, until: until)
        case .needsNewPin(let p): return .needsNewPin(p)
        case .inactive: return .inactive
        }
    }
}
