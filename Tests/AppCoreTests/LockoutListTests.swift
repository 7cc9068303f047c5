import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The login list and the people screen say who is locked out after wrong PINs and until when
/// (HH:MM), by the same rule the login applies (`LoginLockout`), and stop saying it once it ends.
@Suite struct LockoutListTests {
    /// Fixtures.now is 2026-11-30 10:00 in Shanghai: a lock until 10:10 is in force, one until 9:50 is over.
    static let until = Fixtures.now.addingTimeInterval(600)
    static var locked: Person { var p = Fixtures.worker; p.lockedUntil = until; return p }
    static var lockOver: Person { var p = Fixtures.worker; p.lockedUntil = Fixtures.now.addingTimeInterval(-600); return p }

    static func login(_ people: [Person]) -> AppState {
        var s = Fixtures.state()
        _ = AppUpdate.update(&s, .startupLoaded(committee: Fixtures.committee, people: people))
        return s
    }

    @Test("the login list shows the lock's end, with the day when it ends on another day")
    func loginListShowsTheLock() {
        let text = LoginLockout.untilText(Self.until, now: Fixtures.now)
        #expect(text == "锁定至 " + ClockTime.of(Self.until).text)
        var s = Self.login([Fixtures.secretary, Self.locked])
        #expect(Fixtures.screenText(s).contains(text))
        Golden.assert(Fixtures.render(s), named: "login-locked")
        s.now = Self.until.addingTimeInterval(1)
        #expect(!Fixtures.screenText(s).contains("锁定至"), "a lock that has ended is not shown")
        #expect(!Fixtures.screenText(Self.login([Fixtures.secretary, Self.lockOver])).contains("锁定至"))
        let tomorrow = Fixtures.now.addingTimeInterval(20 * 3600)
        #expect(LoginLockout.untilText(tomorrow, now: Fixtures.now).hasPrefix("锁定至 \(ShanghaiCalendar.day(of: tomorrow).iso.dropFirst(5)) "))
    }

    @Test("a lock that happens at the login shows on the list at once")
    func aNewLockShowsAtOnce() {
        var s = Self.login([Fixtures.secretary, Fixtures.worker])
        Fixtures.send([.down, .enter], to: &s)
        Fixtures.type("0000", into: &s)
        Fixtures.send([.enter], to: &s)
        _ = AppUpdate.update(&s, .loginResult(.locked("已锁定 5 分钟", until: Self.until)))
        Fixtures.send([.escape], to: &s)
        #expect(s.login?.people.last?.lockedUntil == Self.until)
        #expect(Fixtures.screenText(s).contains(LoginLockout.untilText(Self.until, now: Fixtures.now)))
    }

    @Test("the people screen shows the lock in the status column")
    func peopleScreenShowsTheLock() {
        var s = Fixtures.mainState()
        Fixtures.send([.function(2)], to: &s)
        _ = AppUpdate.update(&s, .peopleLoaded([Fixtures.secretary, Self.locked]))
        let screen = Fixtures.screenText(s)
        #expect(screen.contains(LoginLockout.untilText(Self.until, now: Fixtures.now)))
        Golden.assert(Fixtures.render(s), named: "people-locked")
        s.now = Self.until
        #expect(!Fixtures.screenText(s).contains("锁定至") && Fixtures.screenText(s).contains("在用"))
    }
}
