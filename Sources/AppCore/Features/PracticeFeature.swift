import Domain
import ScreenKit

/// Practice mode on the screen: the 练习模式 banner (`AppState.bannerText`, set by the runtime
/// when it opens the sandbox) and resetting the sandbox to a fresh copy, after a confirmation.
/// A trainer (培训员) may reset it from the real database too; in practice mode anyone may.
public enum PracticeFeature {
    // MARK: - Text

    static let resetTitle = "重置练习数据"
    static let resetText = ["练习数据库将换成一份新的演示数据，", "练习中录入的内容全部丢弃。确定重置吗？"]
    static let resetting = "正在重置练习数据……"

    /// "练习模式 · 练习数据，不是真实记录 · 重置：F2 人员 → F8": the banner on every screen.
    public static func banner(resetKey: String?) -> String {
        "练习模式 · 练习数据，不是真实记录" + (resetKey.map { " · 重置：\($0)" } ?? "")
    }

    /// How to reach the reset with the keymap in force ("F2 人员 → F8"), for the banner: its key
    /// is on the people screen.
    public static func resetKey(in keymap: Keymap) -> String? {
        guard let reset = keymap.names(of: [.practiceReset], in: KeyContext.peopleScreen, limit: 1) else { return nil }
        let people = keymap.names(of: [.people], in: [.main], limit: 1)
        return (people.map { "\($0) 人员 → " } ?? "") + reset
    }

    // MARK: - Update

    /// The reset key: asks for confirmation if the person may reset, else says who may.
    static func requestReset(_ state: inout AppState) -> [Effect] {
        if let refusal = KeyAccess.refusal(.practiceReset, in: .people, state) {
            state.message = .init(refusal, .warning)
            return []
        }
        state.modal = .confirmPracticeReset
        return []
    }

    static func confirmReset(_ state: inout AppState) -> [Effect] {
        state.modal = nil
        state.message = .init(resetting, .info)
        return [.resetPractice]
    }

    /// The reset is done: in practice mode everything was replaced, so the program starts over at the login.
    static func applyReset(_ text: String, reload: Bool, _ state: inout AppState) -> [Effect] {
        state.message = .init(text, .ok)
        guard reload else { return [] }
        state.phase = .starting
        return [.loadStartup]
    }

    // MARK: - View

    static func renderDialog(keymap: Keymap, into buffer: inout ScreenBuffer) {
        Dialog.confirm(title: resetTitle, width: 56, body: (resetText + [""]).map { ($0, .dialog) },
                       keys: keymap.confirmLine(yes: "重置"), into: &buffer)
    }
}
