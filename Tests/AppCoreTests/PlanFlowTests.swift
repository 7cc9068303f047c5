import AppCore
import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// The plan page through the screen: the secretary enters a line, revises it (both versions
/// shown), records the meeting report and sets a budget; a worker cannot.
@Suite struct PlanFlowTests {
    @Test("a plan line, its revision with the reason, the meeting report and a budget, from the plan page")
    func planPage() throws {
        let flow = FundsFlowTests()
        let h = try Self.withOneLine(flow) {
            #expect($0.screen.contains("年度经费计划 · 2026 年度"))
            #expect($0.screen.contains("经费计划尚未向党员会议或居民会议报告"))
        }
        #expect(h.state.message?.text == "已列入年度经费计划：重阳节敬老活动 ¥8,000.00")
        h.press(.char("e"))
        for _ in 0..<8 { h.press(.backspace) }
        h.type("9500"); h.press(.tab); h.type("参加人数增加"); h.press(.enter)
        #expect(h.state.message?.text.contains("已修订计划（原版本保留）") == true)
        #expect(h.screen.contains("第 2 版 ¥9,500.00，原 ¥8,000.00：参加人数增加"))
        h.press(.char("m"), .enter)
        #expect(h.screen.contains("经费计划已于 2026-11-29 向居民会议报告（附件一 三(一)、三(二)）"))
        h.press(.char("g"), .tab); h.type("120000"); h.press(.enter)
        #expect(h.state.message?.text == "已设定 2026 年度居委会工作经费预算 ¥120,000.00")
        #expect(h.screen.contains("预算 ¥120,000.00  计划 ¥0.00"))

        flow.login(h, 1, "1357")
        h.press(.char("e"))
        #expect(h.state.message?.text.contains("只有书记、主任可以录入和修订年度经费计划（本程序的做法：") == true)
    }

    @Test("a plan line revised to 0 is withdrawn, as the field's hint says (0 表示撤销)")
    func revisingToZeroWithdrawsTheLine() throws {
        let h = try Self.withOneLine(FundsFlowTests())
        h.press(.char("e"))
        for _ in 0..<8 { h.press(.backspace) }
        h.type("0"); h.press(.tab); h.type("活动取消"); h.press(.enter)
        #expect(h.state.message?.text == "已修订计划（原版本保留）：重阳节敬老活动 ¥0.00")
    }

    /// The secretary on the plan page (`opened` sees it empty), after entering one line of ¥8,000.
    static func withOneLine(_ flow: FundsFlowTests, opened: (FundsFlowTests.Harness) -> Void = { _ in }) throws -> FundsFlowTests.Harness {
        let h = try flow.harness()
        flow.login(h, 0, "2580")
        h.press(.char("l"), .char("l"), .char("l"), .char("l"))
        opened(h)
        h.press(.char("a"), .right, .tab, .tab)
        h.type("重阳节敬老活动"); h.press(.tab); h.type("8000"); h.press(.enter)
        return h
    }
}
