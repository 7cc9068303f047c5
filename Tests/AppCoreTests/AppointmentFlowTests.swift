import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// A booking end to end through the harness: the policy item is looked up in the library the
/// program ships (an unknown one is refused and the form stays), and the desk's page shows it.
@Suite struct AppointmentFlowTests {
    @Test func aBookingTakesTheLibrarysPolicyItemAndTheDeskSeesIt() throws {
        let h = try RuntimeFlowTests.Harness()
        _ = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                             pin: "2580", at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.enter); h.type("2580"); h.press(.enter)
        let me = try #require(h.state.main?.user)
        let weekend = try TimeSpan.parse("09:00-12:00").get()
        try h.runner.database.publishServiceHours(ServiceHours(weekend: weekend, weekendDays: [.saturday, .sunday]),
                                                  rules: try RuleSet.bundledPutuo2017(), by: me.id, at: h.clock.now)
        // Sunday 2026-11-29 at 10:00 by the harness's clock: 11:00 is open.
        h.press(.char("3"), .char("b"), .tab); h.type("11:00")
        h.press(.tab); h.type("5号楼102室"); h.press(.tab); h.type("刘阿婆"); h.press(.tab); h.type("13812345678")
        h.press(.tab); h.type("居住证明"); h.press(.tab); h.type("zzzz"); h.press(.enter)
        #expect(h.state.message?.text.contains("政策库中没有找到“zzzz”") == true)
        #expect(h.state.main?.duty.editor != nil, "the form stays open to put it right")
        for _ in 0..<4 { h.press(.backspace) }
        h.type("dbsq"); h.press(.enter)
        #expect(h.state.message?.text == "已预约：2026-11-29 周日 11:00-11:30 刘阿婆 居住证明（低保申请）")
        let today = LocalDate(iso: "2026-11-29")!
        let (booked, _) = try h.runner.database.appointments(from: today, through: today)
        #expect(booked.map(\.draft.policyTitle) == ["低保申请"] && booked[0].receptionID == nil)
        for _ in 0..<5 { h.press(.char("v")) }
        #expect(h.screen.contains("11:00-11:30 刘阿婆") && h.screen.contains("138****5678") && !h.screen.contains("13812345678"))
        h.press(.enter)
        let (received, _) = try h.runner.database.appointments(from: today, through: today)
        let receptionID = try #require(received[0].receptionID, "Enter on the booking made the reception record")
        #expect(h.state.message?.text == "已接待：刘阿婆 居住证明，已记入首问接待记录 #\(receptionID)")
        #expect(h.screen.contains("已接待 #\(receptionID)"))
        let record = try #require(try h.runner.database.reception(id: receptionID))
        #expect(record.content.residentName == "刘阿婆" && record.content.policyTitle == "低保申请" && record.content.at == h.clock.now)
        h.press(.enter)
        #expect(h.state.message?.text == "这次预约已接待（首问接待记录 #\(receptionID)），不能再次转为接待记录")
        #expect(try h.runner.database.receptions(on: today).count == 1)
    }
}
