import AppCore
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// The visit tab through the real storage: a visit typed on screen is saved, counted and shown.
@Suite struct VisitsFlowTests {
    func loggedIn() throws -> RuntimeFlowTests.Harness {
        let h = try RuntimeFlowTests.Harness()
        _ = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary, .worker],
                                             pin: "2580", at: h.clock.now)
        _ = try h.runner.database.addHousehold(Household(id: 0, room: "12号楼301室", tags: ["独居老人"], head: "张桂英",
                                                         members: "独居", zone: "一片"), by: 1, at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.enter); h.type("2580"); h.press(.enter)
        return h
    }

    @Test func aVisitTypedOnScreenIsSavedAndCounted() throws {
        let h = try loggedIn()
        h.press(.char("2"))
        #expect(h.screen.contains("本月已走访 0/30 户"))
        h.press(.char("a"), .tab); h.type("张桂英"); h.press(.tab); h.type("301"); h.press(.tab, .tab)
        h.type("了解近况"); h.press(.enter)
        #expect(h.state.message?.text == "已登记走访：12号楼301室 张桂英 · 本月已走访 1/30 户")
        #expect(h.screen.contains("本月已走访 1/30 户"))
        let saved = try h.runner.database.visits(in: Month(year: 2026, month: 11)!)
        #expect(saved.map(\.members) == ["独居"] && saved.map(\.kind) == [.special])
        h.press(.enter)
        #expect(h.screen.contains("住户：12号楼301室") && h.screen.contains("了解近况"))
        #expect(h.screen.contains("走访与接待（新的在前）· 走访 1 次 · 首问接待 0 次"))
    }

    @Test func theSecretaryAssignsAZoneAndTheListsFollowIt() throws {
        let h = try loggedIn()
        h.press(.char("2"), .char("o"))
        #expect(h.screen.contains("全部片区"))
        h.press(.char("t"), .char("g"))
        h.type("一片"); h.press(.enter)
        #expect(h.state.message?.text == "已将 王秀兰 的片区设为：一片")
        h.press(.char("o"))
        #expect(h.screen.contains("片区：一片") && h.screen.contains("12号楼301室"))
        h.press(.char("z"))
        #expect(h.screen.contains("全部片区"))
    }

    @Test func aVisitCorrectedOnScreenCountsOnceAndItsFormShowsTheOriginal() throws {
        let h = try loggedIn()
        h.press(.char("2"), .char("a"), .tab); h.type("张桂英"); h.press(.tab); h.type("301"); h.press(.tab, .tab)
        h.type("了解近况"); h.press(.enter)
        h.press(.char("c"), .tab, .tab, .tab, .tab, .ctrl("u")); h.type("送慰问")
        h.press(.tab, .tab, .tab, .tab); h.type("事由写错"); h.press(.enter)
        #expect(h.state.message?.text == "已更正：第 1 号记录由第 2 号取代，原记录保留（按 p 查看）")
        #expect(h.screen.contains("本月已走访 1/30 户") && h.screen.contains("〔更正〕送慰问"))
        h.press(.char("p"))
        let sheet = try #require(h.state.main?.visits.sheet)
        #expect(sheet.history.map(\.id) == [1, 2] && sheet.record.id == 2)
        #expect(h.screen.contains("本记录更正第 1 号记录（王秀兰 于 2026-11-29 10:00 更正），理由：事由写错"))
        for _ in 0..<20 { h.press(.down) }
        #expect(h.screen.contains("本记录已由第 2 号记录更正") && h.screen.contains("了解近况"))
    }
}
