import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// The pure program and the real storage together, as the run loop joins them: keys in, effects run, actions back.
@Suite struct RuntimeFlowTests {
    /// A run loop without a terminal: a temporary database, a clock the test moves.
    final class Clock: @unchecked Sendable {
        var now = Fixtures.now
    }

    final class Harness {
        var state = Fixtures.state()
        let clock: Clock
        let runner: EffectRunner
        let path: String
        var quit = false

        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-\(UUID().uuidString).sqlite").path
            let db = try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
            let clock = Clock()
            self.clock = clock
            runner = EffectRunner(database: db, now: { clock.now })
            pump([.loadStartup])
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func pump(_ effects: [Effect]) {
            var queue = effects
            while !queue.isEmpty {
                guard let action = runner.run(queue.removeFirst()) else { quit = true; return }
                queue += AppUpdate.update(&state, action)
            }
        }

        func press(_ keys: Key...) { for key in keys { pump(AppUpdate.update(&state, .key(key))) } }
        func type(_ text: String) { for c in text { press(.char(c)) } }
        var screen: String { Fixtures.screenText(state) }
    }

    @Test("first run creates the committee and logs the first user in; the next start shows the login list")
    func firstRunThenLogin() throws {
        let h = try Harness()
        #expect(h.state.firstRun != nil)
        h.type("长寿路第一居委会"); h.press(.tab)
        h.type("长寿路街道"); h.press(.tab)
        h.type("王秀兰"); h.press(.tab, .tab)
        h.type("2580"); h.press(.tab)
        h.type("2580"); h.press(.enter)
        #expect(h.state.main?.user.name == "王秀兰")
        #expect(h.screen.contains("5 积分卡") && h.screen.contains("长寿路第一居委会"))

        let again = try AppDatabase.open(path: h.path, pinHasher: .insecureFastForTests)
        #expect(try again.committee() == Fixtures.committee)
        #expect(try again.verifyAuditChain().isIntact)
    }

    @Test("five wrong PINs lock the person for five minutes, even the right PIN; after that the right PIN works")
    func lockout() throws {
        let h = try Harness()
        _ = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                             pin: "2580", at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.enter)
        for attempt in 1...5 {
            h.type("1111"); h.press(.enter)
            #expect(h.state.main == nil, "attempt \(attempt)")
        }
        #expect(h.screen.contains("已锁定 5 分钟"))
        h.type("2580"); h.press(.enter)
        #expect(h.state.main == nil, "locked: even the right PIN is refused")
        h.clock.now = h.clock.now.addingTimeInterval(5 * 60 + 1)
        h.type("2580"); h.press(.enter)
        #expect(h.state.main?.user.name == "王秀兰")
    }

    @Test("the secretary adds a colleague who then sets a PIN at first login")
    func addColleague() throws {
        let h = try Harness()
        _ = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                             pin: "2580", at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.enter); h.type("2580"); h.press(.enter)
        h.press(.function(2), .char("a"))
        h.type("李明"); h.press(.enter)
        #expect(h.state.message?.text.contains("已添加 李明") == true)
        #expect(h.screen.contains("在用·待设 PIN"))
        h.press(.escape, .function(9))
        h.press(.down, .enter)
        #expect(h.state.login?.entry?.settingPin == true)
        h.type("1357"); h.press(.tab); h.type("1357"); h.press(.enter)
        #expect(h.state.main?.user.name == "李明")
    }
}
