import Domain
import Foundation
import GRDB

/// Logging in with a PIN, under Domain's lockout rule, with the failure count kept in the file.
extension AppDatabase {
    /// Checks `pin` for the person at `now` and records the attempt in the audit log.
    ///
    /// Five wrong PINs (`LoginLockout.standard`) lock the person for five minutes, and each
    /// further wrong PIN locks for twice as long as the last; the count and the lock are stored,
    /// so a restart does not reset them. While locked, no PIN is
    /// checked. A success resets the count. Throws `.notFound` for an unknown id.
    public func verifyLogin(personID: Int64, pin: String, now: Date) throws -> LoginOutcome {
        try audited(by: personID, at: now) { db in
            let person = try PersonTable.require(personID, in: db)
            let record = try PersonTable.lockoutRecord(of: personID, in: db)
            if !person.isActive {
                return (.inactive(message: PeopleText.personInactive), [.person("login.inactive", personID)])
            }
            if let until = lockout.lockedUntil(record, now: now) {
                let message = lockout.lockedMessage(record, until: until, now: now)
                return (.locked(until: until, message: message), [.person("login.locked", personID)])
            }
            guard let stored = try PersonTable.pinHash(of: personID, in: db) else {
                return (.needsNewPin(person), [.person("login.needsPin", personID)])
            }
            guard let matches = pinHasher.verify(pin, against: stored) else {
                throw StorageError(.corruptPinHash, PeopleText.corruptPinHash)
            }
            return try matches
                ? loginSucceeded(person, in: db)
                : loginFailed(personID, record: record, now: now, in: db)
        }
    }

    // MARK: - Parts

    private func loginSucceeded(_ person: Person, in db: Database) throws -> (LoginOutcome, [AuditEvent]) {
        try PersonTable.saveLockout(LoginLockout.Record(), of: person.id, in: db)
        var unlocked = person
        unlocked.lockedUntil = nil   // as now stored
        return (.success(unlocked), [.person("login.success", person.id)])
    }

    private func loginFailed(
        _ id: Int64, record: LoginLockout.Record, now: Date, in db: Database
    ) throws -> (LoginOutcome, [AuditEvent]) {
        let next = lockout.afterFailure(record, now: now)
        try PersonTable.saveLockout(next, of: id, in: db)
        if let until = next.lockedUntil {
            let detail = ["lockedUntil": String(until.timeIntervalSince1970)]
            return (.locked(until: until, message: lockout.lockedMessage(next, until: until, now: now)),
                    [.person("login.lockout", id, detail)])
        }
        let detail = ["failures": String(next.failures)]
        return (.wrongPin(message: lockout.wrongPinMessage(next)), [.person("login.failed", id, detail)])
    }
}
