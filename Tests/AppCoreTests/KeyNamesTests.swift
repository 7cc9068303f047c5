import AppCore
import Domain
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

    @Test("import replies names the key that opens the online replies, the shipped one and a remapped one")
    func importedWaiting() {
        #expect(ReceptionText.importedWaiting(2, keymap: AppKeymap.standard) == "，待答复 2 条（在首问接待按 o 打开线上反馈，再按 o 只看待答复）")
        let moved = AppKeymap.standard.overridden(by: Keymap([("reception", [
            .init(key: .char("o"), command: Keymap.noCommand), .init(key: .char("w"), command: "onlineReplies"),
        ])]))
        #expect(ReceptionText.importedWaiting(1, keymap: moved).contains("按 w 打开线上反馈，再按 w 只看待答复"))
    }

    @Test("the training pages name their keys: the shipped sentences, then a remapped check key")
    func trainingPages() {
        var s = TrainingScreenTests.trainingState()
        #expect(Fixtures.screenText(s).contains("Enter 开始演练（写入起始数据）  c 检查  v 答题  Esc 返回"))
        Fixtures.send([.char("v")], to: &s)
        #expect(Fixtures.screenText(s).contains("Enter 抽题作答  g 切换分类  v 演练  Esc 返回"))
        Fixtures.send([.enter], to: &s)
        _ = AppUpdate.update(&s, .training(.paperDrawn(TrainingScreenTests.paper)))
        Fixtures.send([.char("c"), .enter, .char("a"), .enter], to: &s)
        _ = AppUpdate.update(&s, .training(.quizSaved(score: 50)))
        #expect(Fixtures.screenText(s).contains("↑↓ 翻看错题  Enter 或 Esc 结束"))

        let keymap = AppKeymap.standard.overridden(by: Keymap([("training", [
            .init(key: .char("c"), command: Keymap.noCommand), .init(key: .char("x"), command: "drillCheck"),
        ])]))
        var moved = AppState(width: 80, height: 24, now: Fixtures.now, keymap: keymap)
        let drills = TrainingScreenTests.trainingState()
        (moved.committee, moved.phase) = (drills.committee, drills.phase)
        #expect(Fixtures.screenText(moved).contains("Enter 开始演练（写入起始数据）  x 检查  v 答题  Esc 返回"))
    }

    @Test("the login title and the help title name the keys in force")
    func loginAndHelpTitles() {
        let keymap = AppKeymap.standard.overridden(by: Keymap([
            ("login", [.init(key: .enter, command: Keymap.noCommand), .init(key: .char(" "), command: "submit")]),
            ("help", [.init(key: .escape, command: Keymap.noCommand)]),
        ]))
        var s = AppState(width: 80, height: 24, now: Fixtures.now, keymap: keymap)
        _ = AppUpdate.update(&s, .startupLoaded(committee: Fixtures.committee, people: [Fixtures.secretary]))
        #expect(Fixtures.screenText(s).contains("请选择您的姓名，按 Space 输入 PIN 登录"))
        s.modal = .help(contexts: [.login], scroll: 0)
        #expect(Fixtures.screenText(s).contains("按键帮助（q 关闭，↑↓ 滚动）"))
    }

    /// The main screen on the reception tab's record of `signed`, under `keymap`.
    static func receptionRecord(_ keymap: Keymap, signed: Bool = false) -> AppState {
        var s = AppState(width: 80, height: 24, now: Fixtures.now, keymap: keymap)
        s.committee = Fixtures.committee
        s.phase = .main(MainState(user: Fixtures.secretary))
        Fixtures.send([.ctrl("t")], to: &s)
        _ = AppUpdate.update(&s, .reception(.today([ReceptionLogUpdateTests.record(signed: signed)])))
        Fixtures.send([.enter], to: &s)
        return s
    }

    @Test("the reception tab's sentences name its keys in force: a record's keys, the empty day, the sign's confirmation")
    func receptionSentences() {
        #expect(Fixtures.screenText(Self.receptionRecord(AppKeymap.standard)).contains("居民在记录册上签字后按 s 登记签字；e 更正"))
        let keymap = AppKeymap.standard.overridden(by: Keymap([("reception", [
            .init(key: .char("s"), command: Keymap.noCommand), .init(key: .char("x"), command: "sign"),
            .init(key: .char("n"), command: Keymap.noCommand), .init(key: .char("a"), command: "add"),
        ])]))
        var s = Self.receptionRecord(keymap)
        #expect(Fixtures.screenText(s).contains("居民在记录册上签字后按 x 登记签字；e 更正"))
        Fixtures.send([.char("x")], to: &s)
        #expect(s.message?.text.contains("再按一次 x 确认") == true)
        Fixtures.send([.escape], to: &s)
        _ = AppUpdate.update(&s, .reception(.today([])))
        #expect(Fixtures.screenText(s).contains("今天还没有接待记录：按 a 或 Ctrl-N 新建。"))
    }

    @Test("a command left without a key is said to have none, not named by its old key")
    func unboundKey() {
        let keymap = AppKeymap.standard.overridden(by: Keymap([("reception", [.init(key: .char("s"), command: Keymap.noCommand)])]))
        #expect(Fixtures.screenText(Self.receptionRecord(keymap)).contains("居民在记录册上签字后按 （未设按键） 登记签字"))
    }

    @Test("the too-small screen names a Ctrl key that quits, the one in force")
    func tooSmallQuitKey() {
        var s = Fixtures.state(width: 60, height: 20)
        #expect(Fixtures.screenText(s).contains("Ctrl-Q 退出"))
        let keymap = AppKeymap.standard.overridden(by: Keymap([("global", [.init(key: .ctrl("q"), command: Keymap.noCommand)])]))
        s = AppState(width: 60, height: 20, now: Fixtures.now, keymap: keymap)
        #expect(Fixtures.screenText(s).contains("Ctrl-C 退出"))
    }
}
