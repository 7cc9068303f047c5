import AppCore
import Domain
import ScreenKit
import Testing

/// The login and lock dialogs grow with their message: the lockout says how long is left and what the
/// next wrong PIN costs, and at 80×24 every word of it is on screen.
@Suite struct SessionDialogTests {
    static let lockout = LoginLockout.standard.lockedMessage(
        .init(failures: 5, lockedUntil: nil), until: Fixtures.now.addingTimeInterval(300), now: Fixtures.now)

    static func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace && !"│".contains($0) } }

    @Test("the login dialog shows the whole lockout, the minutes left included")
    func loginLockout() {
        var s = Fixtures.loginState()
        Fixtures.send([.enter], to: &s)
        _ = AppUpdate.update(&s, .loginResult(.locked(Self.lockout)))
        let text = Self.squeezed(Fixtures.screenText(s))
        #expect(text.contains(Self.squeezed(Self.lockout)), "\(Fixtures.screenText(s))")
        #expect(Self.lockout.contains("还剩约 5 分钟"))
    }

    @Test("a short wrong-PIN message keeps the dialog its usual size")
    func loginWrongPin() {
        var s = Fixtures.loginState()
        Fixtures.send([.enter], to: &s)
        _ = AppUpdate.update(&s, .loginResult(.wrongPin("PIN 错误，再错 4 次将锁定 5 分钟")))
        let lines = Fixtures.screenText(s).split(separator: "\n", omittingEmptySubsequences: false)
        let top = lines.firstIndex { $0.contains("┌") }, bottom = lines.firstIndex { $0.contains("└") }
        #expect(top != nil && bottom.map { $0 - top! } == 6, "7 rows: the frame and five inside")
    }
}
