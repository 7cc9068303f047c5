import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// A swap end to end, keys in and the real database under them: the secretary puts 李明 on a shift
/// with the n form, 李明 asks 张伟, 张伟 accepts, the secretary approves, and the roster shows 换自.
@Suite struct DutySwapFlowTests {
    typealias Harness = RuntimeFlowTests.Harness

    /// Logs `name` in from the login list (setting `pin` at a first login).
    func login(_ h: Harness, _ name: String, pin: String) {
        let index = h.state.login!.people.firstIndex { $0.name == name }!
        for _ in 0..<index { h.press(.down) }
        h.press(.enter)
        if h.state.login?.entry?.settingPin == true {
            h.type(pin); h.press(.tab); h.type(pin); h.press(.enter)
        } else {
            h.type(pin); h.press(.enter)
        }
        #expect(h.state.main?.user.name == name)
    }

    @Test func askAcceptApproveAndTheRosterShowsWhomTheShiftCameFrom() throws {
        let h = try Harness()
        _ = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                             pin: "2580", at: h.clock.now)
        h.pump([.loadStartup])
        login(h, "王秀兰", pin: "2580")
        for name in ["李明", "张伟"] {
            h.press(.function(2), .char("a")); h.type(name); h.press(.enter, .escape)
        }
        // Monday 2026-11-30 17:00–20:00 for 李明, typed on the form (the clock reads Sunday the 29th).
        h.press(.char("3"), .char("n"))
        for _ in 0..<10 { h.press(.backspace) }
        h.type("2026-11-30"); h.press(.tab, .tab, .tab, .right, .char(" "), .enter)
        #expect(h.state.message?.text == "已添加班次：2026-11-30 周一 17:00-20:00 工作日晚间")

        h.press(.function(9)); login(h, "李明", pin: "1357")
        h.press(.char("3"), .char("v"), .char("v"), .char("s"))
        #expect(h.screen.contains("申请换班：2026-11-30 周一 17:00-20:00 工作日晚间"))
        h.press(.right, .enter)
        #expect(h.state.message?.text.hasPrefix("已向 张伟 提出换班") == true)

        h.press(.function(9)); login(h, "张伟", pin: "2468")
        h.press(.char("3"), .char("v"), .char("v"), .char("v"), .char("a"))
        #expect(h.state.message?.text.hasPrefix("换班申请：") == true)

        h.press(.function(9)); login(h, "王秀兰", pin: "2580")
        h.press(.char("3"), .char("v"), .char("v"), .char("v"), .char("a"))
        let shift = try #require(try h.runner.database.dutyRoster(Month(year: 2026, month: 11)!).shifts.first)
        #expect(shift.assignments.map(\.workerName) == ["张伟"] && shift.assignments[0].swappedFrom == "李明")
        h.press(.char("v"), .char("v"), .char("v"), .char("v"), .char("]"))
        #expect(h.screen.contains("11-30 周一    17:00-20:00 晚 张伟（换自李明）"))
        #expect(try h.runner.database.verifyAuditChain().isIntact)
    }
}
