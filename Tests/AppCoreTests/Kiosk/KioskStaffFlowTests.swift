import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// The 书记 keeps the touch screen's profile and notices on the people screen (F2, `k` and `n`);
/// what she saves is what the screen reads.
@Suite struct KioskStaffFlowTests {
    typealias Harness = RuntimeFlowTests.Harness

    func secretary() throws -> Harness {
        let h = try Harness()
        let admin = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                                     pin: "2580", at: h.clock.now)
        _ = try h.runner.database.addPerson(name: "李明", roles: [.worker], zone: nil, pin: "1357", by: admin.id, at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.enter); h.type("2580"); h.press(.enter)
        h.press(.function(2))
        return h
    }

    @Test func theProfileIsSavedAndOpensFilledIn() throws {
        let h = try secretary()
        h.press(.char("k"))
        #expect(h.screen.contains(KioskText.profileFormTitle))
        h.type("长寿路 100 号"); h.press(.tab); h.type("0.35 平方公里"); h.press(.tab); h.type("1900 户"); h.press(.tab)
        h.type("王秀兰 书记 6222 0001；李建国 主任 6222 0002")
        Golden.assert(Fixtures.render(h.state), named: "kiosk-staff-profile-80x24")
        h.press(.enter)
        #expect(h.state.message?.text == KioskText.profileSaved)
        let saved = try #require(try h.runner.database.kioskProfile())
        #expect(saved.address == "长寿路 100 号" && saved.team == ["王秀兰 书记 6222 0001", "李建国 主任 6222 0002"])
        h.press(.char("k"))
        #expect(h.screen.contains("长寿路 100 号"), "the form opens with what was saved")
    }

    @Test func aNoticeIsPostedWithItsDatesAndTheScreenShowsIt() throws {
        let h = try secretary()
        h.press(.char("n"))
        h.type("冬季用电安全"); h.press(.tab); h.type("2026-11-29"); h.press(.tab); h.type("请勿在楼道充电。"); h.press(.tab)
        h.type("2026-11-28"); h.press(.enter)
        #expect(h.screen.contains(KioskText.untilBeforeDate), "a last day before the first is refused in the form")
        for _ in 0..<10 { h.press(.backspace) }
        h.type("2026-12-31")
        Golden.assert(Fixtures.render(h.state), named: "kiosk-staff-notice-80x24")
        h.press(.enter)
        #expect(h.state.message?.text.hasPrefix("已发布社区动态“冬季用电安全”") == true)
        let snapshot = try #require(try h.runner.database.kioskSnapshot(now: h.clock.now, calendar: try WorkingDayCalendar.bundled()))
        #expect(snapshot.notices.map(\.title) == ["冬季用电安全"])
    }

    @Test func theSecretaryChoosesAPostedNoticeAndWithdrawsItWithAReasonAfterBeingToldItLeavesTheScreen() throws {
        let h = try secretary()
        let db = h.runner.database
        _ = try db.postKioskNotice(KioskNotice(id: 0, title: "旧通知", date: LocalDate(iso: "2026-11-01")!, body: "已过期。",
                                               until: LocalDate(iso: "2026-11-10")!), by: h.state.main!.user.id, at: h.clock.now)
        h.press(.char("n"))
        h.type("冬季用电安全"); h.press(.tab); h.type("2026-11-29"); h.press(.tab); h.type("请勿在楼道充电。"); h.press(.tab)
        h.type("2026-12-31"); h.press(.enter)
        #expect(h.state.main?.people?.notices?.map(\.notice.title) == ["冬季用电安全", "旧通知"], "posting shows the list")
        h.press(.escape, .char("m"))
        #expect(h.screen.contains(KioskText.noticesTitle) && h.screen.contains(KioskText.expiredMark))
        h.press(.char("w"))
        #expect(h.screen.contains(KioskText.withdrawTitle(h.state.main!.people!.notices![0].notice)))
        #expect(h.screen.contains("撤下后触摸屏上不再显示这条动态"), "it says first what withdrawing does")
        h.press(.enter)
        #expect(h.state.main?.people?.editor != nil, "a reason is required")
        h.type("日期写错")
        Golden.assert(Fixtures.render(h.state), named: "kiosk-staff-withdraw-80x24")
        h.press(.enter)
        #expect(h.state.message?.text == KioskText.withdrawn(h.state.main!.people!.notices![0].notice))
        #expect(h.screen.contains(KioskText.withdrawnMark) && h.screen.contains("理由：日期写错"))
        Golden.assert(Fixtures.render(h.state), named: "kiosk-staff-notices-80x24")
        let snapshot = try #require(try db.kioskSnapshot(now: h.clock.now, calendar: try WorkingDayCalendar.bundled()))
        #expect(snapshot.notices.isEmpty, "gone from the touch screen")
        h.press(.char("w"))
        #expect(h.state.main?.people?.editor == nil && h.state.message?.text == KioskText.alreadyWithdrawn)
    }

    @Test func aWorkerIsNotOfferedTheKeysAndIsRefused() throws {
        let h = try Harness()
        let admin = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                                     pin: "2580", at: h.clock.now)
        _ = try h.runner.database.addPerson(name: "李明", roles: [.worker], zone: nil, pin: "1357", by: admin.id, at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.down, .enter); h.type("1357"); h.press(.enter)
        #expect(h.state.main?.user.name == "李明")
        h.press(.function(2), .char("n"))
        #expect(h.state.main?.people?.editor == nil && h.state.message?.text.contains("维护电子触摸屏") == true)
        h.press(.char("m"))
        #expect(h.state.main?.people?.notices == nil && h.state.message?.text.contains("维护电子触摸屏") == true)
    }

    @Test func onlyASecretarysPinLetsTheStaffLeaveTheTouchScreen() throws {
        let h = try secretary()
        let effects = KioskEffects(store: h.runner.database, now: { h.clock.now })
        #expect(effects.run(.checkExit(pin: "1357")) == .exitChecked(KioskText.exitRefused), "李明 is no 书记")
        #expect(effects.run(.checkExit(pin: "0000")) == .exitChecked(KioskText.exitRefused))
        #expect(effects.run(.checkExit(pin: "2580")) == .exitChecked(nil))
    }
}
