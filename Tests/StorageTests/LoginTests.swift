import Domain
import Foundation
import Testing
@testable import Storage

/// Logging in: five wrong PINs lock for five minutes, the lock survives a restart, success resets.
@Suite struct LoginTests {
    let fixture: DatabaseFixture
    var database: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws {
        fixture = try DatabaseFixture()
    }

    @Test func theRightPinLogsInAndIsAudited() throws {
        #expect(try database.verifyLogin(personID: admin.id, pin: Fixture.adminPin, now: Fixture.start) == .success(admin))
        let last = try #require(try database.auditEntries(limit: 1).first)
        #expect(last.action == "login.success" && last.actorID == admin.id)
    }

    @Test func fourWrongPinsWarnAndTheFifthLocksForFiveMinutes() throws {
        for attempt in 1...4 {
            let outcome = try database.verifyLogin(personID: admin.id, pin: "0000", now: Fixture.minutes(Double(attempt) / 10))
            #expect(outcome == .wrongPin(message: LoginLockout.standard.wrongPinMessage(.init(failures: attempt))))
        }
        let fifth = try database.verifyLogin(personID: admin.id, pin: "0000", now: Fixture.minutes(1))
        guard case .locked(let until, let message) = fifth else {
            Issue.record("the fifth wrong PIN should lock, got \(fifth)")
            return
        }
        #expect(until == Fixture.minutes(6))
        #expect(message.contains("锁定"))
        // The people as the lists read them carry the lock, judged by the same rule as the login.
        let read = try #require(try database.people(includeInactive: false).first { $0.id == admin.id })
        #expect(read.lockedUntil == until)
        #expect(LoginLockout.standard.lockedUntil(read, now: Fixture.minutes(5.9)) == until)
        #expect(LoginLockout.standard.lockedUntil(read, now: Fixture.minutes(6)) == nil)
        let failures = try database.auditEntries(limit: 5).map(\.action)
        #expect(failures == ["login.lockout"] + Array(repeating: "login.failed", count: 4))
    }

    @Test func whileLockedEvenTheRightPinIsRefusedThenItUnlocksAfterFiveMinutes() throws {
        try lockOut(admin, in: database, at: Fixture.start)
        let during = try database.verifyLogin(personID: admin.id, pin: Fixture.adminPin, now: Fixture.minutes(4.9))
        #expect(isLocked(during, until: Fixture.minutes(5)))
        let after = try database.verifyLogin(personID: admin.id, pin: Fixture.adminPin, now: Fixture.minutes(5))
        #expect(after == .success(admin))
    }

    @Test func aRestartKeepsTheLock() throws {
        try lockOut(admin, in: database, at: Fixture.start)
        let reopened = try fixture.temp.open()
        let outcome = try reopened.verifyLogin(personID: admin.id, pin: Fixture.adminPin, now: Fixture.minutes(2))
        #expect(isLocked(outcome, until: Fixture.minutes(5)))
    }

    @Test func aRestartKeepsTheFailureCount() throws {
        for _ in 1...4 { _ = try database.verifyLogin(personID: admin.id, pin: "0000", now: Fixture.start) }
        let reopened = try fixture.temp.open()
        let outcome = try reopened.verifyLogin(personID: admin.id, pin: "0000", now: Fixture.minutes(1))
        #expect(isLocked(outcome, until: Fixture.minutes(6)))
    }

    @Test func aSuccessResetsTheCount() throws {
        for _ in 1...4 { _ = try database.verifyLogin(personID: admin.id, pin: "0000", now: Fixture.start) }
        #expect(try database.verifyLogin(personID: admin.id, pin: Fixture.adminPin, now: Fixture.start) == .success(admin))
        let next = try database.verifyLogin(personID: admin.id, pin: "0000", now: Fixture.start)
        #expect(next == .wrongPin(message: LoginLockout.standard.wrongPinMessage(.init(failures: 1))))
    }

    @Test func aPersonWithoutAPinMustChooseOneAndAnInactivePersonCannotLogIn() throws {
        let worker = try database.addWorker("李四", by: admin)
        #expect(try database.verifyLogin(personID: worker.id, pin: "", now: Fixture.start) == .needsNewPin(worker))
        _ = try database.setActive(false, for: worker.id, by: admin.id, at: Fixture.start)
        guard case .inactive = try database.verifyLogin(personID: worker.id, pin: "", now: Fixture.start) else {
            Issue.record("an inactive person should be refused")
            return
        }
        #expect(storageErrorKind { _ = try database.verifyLogin(personID: 77, pin: "1234", now: Fixture.start) } == .notFound)
    }

    @Test func aDamagedHashIsAnErrorNotALogin() throws {
        try database.rawWrite("UPDATE person SET pin_hash = 'scrypt$junk' WHERE id = ?", [admin.id])
        #expect(storageErrorKind { _ = try database.verifyLogin(personID: admin.id, pin: "2468", now: Fixture.start) } == .corruptPinHash)
    }

    @Test func eachWrongPinPastTheFifthDoublesTheWaitAndSaysSo() throws {
        try lockOut(admin, in: database, at: Fixture.start)
        var now = Fixture.minutes(5)
        for (n, minutes) in [10.0, 20, 40, 80].enumerated() {
            let outcome = try database.verifyLogin(personID: admin.id, pin: "0000", now: now)
            #expect(isLocked(outcome, until: now.addingTimeInterval(minutes * 60)), "wrong PIN \(n + 6)")
            if case .locked(_, let message) = outcome {
                #expect(message.contains("连续 \(n + 6) 次") && message.contains("已锁定 \(Int(minutes)) 分钟")
                        && message.contains("再错一次将锁定 \(Int(minutes) * 2) 分钟"))
            }
            now = now.addingTimeInterval(minutes * 60)
        }
        #expect(try database.verifyLogin(personID: admin.id, pin: Fixture.adminPin, now: now) == .success(admin))
        let next = try database.verifyLogin(personID: admin.id, pin: "0000", now: now)
        #expect(next == .wrongPin(message: LoginLockout.standard.wrongPinMessage(.init(failures: 1))))
    }

    @Test func theWaitStopsGrowingAtADay() {
        let lockout = LoginLockout.standard
        #expect(lockout.lockSeconds(afterFailures: 4) == nil)
        #expect(lockout.lockSeconds(afterFailures: 5) == 300)
        #expect(lockout.lockSeconds(afterFailures: 13) == 76_800)
        #expect(lockout.lockSeconds(afterFailures: 14) == 86_400)
        #expect(lockout.lockSeconds(afterFailures: 500) == 86_400)
    }

    // MARK: - Helpers

    private func lockOut(_ person: Person, in database: AppDatabase, at now: Date) throws {
        for _ in 1...5 { _ = try database.verifyLogin(personID: person.id, pin: "0000", now: now) }
    }

    private func isLocked(_ outcome: LoginOutcome, until expected: Date) -> Bool {
        guard case .locked(let until, _) = outcome else { return false }
        return abs(until.timeIntervalSince(expected)) < 0.001
    }
}
