import AppCore
import ScreenKit
import Testing

/// Key names in text follow the keymap: a dialog names the keys the user has after remapping,
/// and the shipped keymap gives the sentences the golden screens hold.
@Suite struct KeyNamesTests {
    /// The shipped keymap with the dialog's "y" removed, "s" confirming and "b" going back instead of "n".
    static let remapped = AppKeymap.standard.overridden(by: Keymap([("dialog", [
        .init(key: .char("y"), command: Keymap.noCommand), .init(key: .char("s"), command: "confirm"),
        .init(key: .char("n"), command: Keymap.noCommand), .init(key: .char("b"), command: "deny"),
    ])]))

    static func quitDialog(_ keymap: Keymap) -> String {
        var state = AppState(width: 80, height: 24, now: Fixtures.now, keymap: keymap)
        state.modal = .confirmQuit
        return Fixtures.screenText(state)
    }

    @Test("the quit dialog names the shipped keys, and the remapped ones after remapping")
    func quitDialog() {
        #expect(Self.quitDialog(AppKeymap.standard).contains("y 退出   n 或 Esc 返回"))
        let remapped = Self.quitDialog(Self.remapped)
        #expect(remapped.contains("Enter 退出   b 或 Esc 返回"))
        #expect(!remapped.contains("y 退出"))
    }

    @Test("the practice banner names the reset key in force")
    func practiceBanner() {
        #expect(PracticeFeature.resetKey(in: AppKeymap.standard) == "F2 人员 → F8")
        let moved = AppKeymap.standard.overridden(by: Keymap([("people", [
            .init(key: .function(8), command: Keymap.noCommand), .init(key: .function(7), command: "practiceReset"),
        ])]))
        #expect(PracticeFeature.resetKey(in: moved) == "F2 人员 → F7")
    }
}
