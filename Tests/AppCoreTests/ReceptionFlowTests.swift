import AppCore
import Domain
import ScreenKit
import Storage
import Testing

/// The policy search against a real database, as a desk worker uses it, with golden screens.
@Suite struct ReceptionFlowTests {
    /// A harness logged in as 王秀兰 on a new database (the starter library loaded by its migration).
    static func loggedIn() throws -> RuntimeFlowTests.Harness {
        let h = try RuntimeFlowTests.Harness()
        _ = try h.runner.database.initialize(committee: Fixtures.committee, adminName: "王秀兰",
                                             adminRoles: [.secretary, .worker], pin: "2580", at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.enter); h.type("2580"); h.press(.enter)
        return h
    }

    @Test("after login the search lists the whole library, marked as sample content")
    func wholeLibrary() throws {
        let h = try Self.loggedIn()
        #expect(h.screen.contains("政策资源库"))
        #expect(h.screen.contains("共 36 项 · 含示例内容"))
    }

    @Test("typing dbsq finds 低保申请 first; Enter opens it in full; Esc returns")
    func pinyinThenOpen() throws {
        let h = try Self.loggedIn()
        h.type("dbsq")
        #expect(h.state.main?.reception.search.results?.first?.title == "低保申请")
        Golden.assert(Fixtures.render(h.state), named: "reception-search")
        h.press(.enter)
        #expect(h.screen.contains("办理条件") && h.screen.contains("所需材料"))
        Golden.assert(Fixtures.render(h.state), named: "reception-item")
        h.press(.pageDown)
        #expect(h.screen.contains("办理地点"))
        h.press(.escape)
        #expect(h.screen.contains("查找：dbsq"))
    }

    @Test("two Chinese characters find items by their text too, title matches first")
    func twoCharacters() throws {
        let h = try Self.loggedIn()
        h.type("救助")
        let titles = h.state.main?.reception.search.results?.map(\.title) ?? []
        #expect(titles.first == "临时救助")
        #expect(titles.prefix(4).allSatisfy { $0.contains("救助") })
        #expect(titles.dropFirst(4).contains("低保申请"), "低保申请 mentions 救助 only in its text")
    }
}
