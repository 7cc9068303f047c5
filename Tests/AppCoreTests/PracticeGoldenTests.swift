import AppCore
import AppRuntime
import Domain
import ScreenKit
import Testing

/// Practice mode on screen: the banner on every screen, and the reset behind its confirmation.
@Suite struct PracticeGoldenTests {
    static func practice(_ s: AppState) -> AppState {
        var s = s
        PracticeSandbox.mark(&s)
        return s
    }

    @Test("the practice login screen says the sandbox's PIN, under the title; the real one does not")
    func loginSaysThePin() throws {
        let s = Self.practice(Fixtures.loginState())
        let pin = try #require(s.practicePin)
        #expect(pin.count >= 4 && pin.allSatisfy(\.isNumber))
        Golden.assert(Fixtures.render(s), named: "practice-login")
        #expect(Fixtures.screenText(s).split(separator: "\n")[3].contains("PIN 都是 \(pin)"))
        #expect(!Fixtures.screenText(Fixtures.loginState()).contains("PIN 都是"))
    }

    @Test func bannerOnTheMainScreen() {
        let s = Self.practice(Fixtures.mainState(Fixtures.worker))
        Golden.assert(Fixtures.render(s), named: "practice-banner")
        #expect(Fixtures.screenText(s).split(separator: "\n")[1].contains("练习模式"))
    }

    @Test("the banner is on the login screen and on every tab")
    func bannerEverywhere() {
        #expect(Fixtures.screenText(Self.practice(Fixtures.loginState())).contains("练习模式"))
        for tab in Tab.allCases {
            var s = Self.practice(Fixtures.mainState())
            Fixtures.send([.char(Character(String(tab.rawValue + 1)))], to: &s)
            #expect(Fixtures.screenText(s).split(separator: "\n")[1].hasPrefix("练习模式"))
        }
        #expect(!Fixtures.screenText(Fixtures.mainState()).contains("练习模式"))
    }

    @Test("in practice mode anyone resets from the people screen, after saying yes")
    func resetAsksFirst() {
        var s = Self.practice(Fixtures.mainState(Fixtures.worker))
        Fixtures.send([.function(2), .function(8)], to: &s)
        #expect(s.modal == .confirmPracticeReset)
        Golden.assert(Fixtures.render(s), named: "practice-reset-confirm")
        #expect(Fixtures.send([.char("n")], to: &s) == [])
        #expect(s.modal == nil)
        Fixtures.send([.function(8)], to: &s)
        #expect(Fixtures.send([.char("y")], to: &s) == [.resetPractice])
        #expect(AppUpdate.update(&s, .practiceReset(message: "已重置", reload: true)) == [.loadStartup])
        #expect(s.phase == .starting)
    }

    @Test("on the real database only a trainer may rebuild the sandbox")
    func realDatabaseNeedsTrainer() {
        var worker = Fixtures.mainState(Fixtures.worker)
        Fixtures.send([.function(2), .function(8)], to: &worker)
        #expect(worker.modal == nil)
        #expect(worker.message?.kind == .warning)
        var trainer = Fixtures.mainState(Person(id: 4, name: "张明华", roles: [.worker, .trainer]))
        Fixtures.send([.function(2), .function(8)], to: &trainer)
        #expect(trainer.modal == .confirmPracticeReset)
        #expect(Fixtures.send([.enter], to: &trainer) == [.resetPractice])
        #expect(AppUpdate.update(&trainer, .practiceReset(message: "已重建", reload: false)) == [])
        #expect(trainer.main != nil)
    }
}
