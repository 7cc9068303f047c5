import AppCore
import AppRuntime
import Foundation
import GRDB
import Testing
@testable import Storage

/// A save that the disk refuses shows a clear Chinese message on the screen, keeps what was
/// typed in the form, and saves once there is room again.
@Suite struct StorageFailureScreenTests {
    @Test("a full disk: the message says so, the form keeps its text, nothing saved is lost, a retry saves")
    func fullDiskOnScreen() throws {
        let h = try RuntimeFlowTests.Harness()
        let db = h.runner.database
        _ = try db.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary], pin: "2580", at: h.clock.now)
        h.pump([.loadStartup])
        h.press(.enter); h.type("2580"); h.press(.enter)
        h.press(.function(2), .char("a"))
        h.type("李明"); h.press(.enter)
        #expect(h.state.message?.text.contains("已添加 李明") == true)
        let pages = try #require(try db.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_count") })
        try db.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages)") }
        var filler = 0   // fills the last pages with people of shorter names than the one typed below
        while filler < 3000, (try? db.addPerson(name: "填\(filler)", roles: [.worker], zone: nil, pin: nil, by: 1, at: h.clock.now)) != nil {
            filler += 1
        }
        h.press(.char("a")); h.type(String(repeating: "张", count: 10)); h.press(.enter)
        #expect(h.screen.contains("无法保存：磁盘已满"))
        #expect(h.screen.contains(String(repeating: "张", count: 10)), "the form is still open with its text")
        #expect(try db.people(includeInactive: true).count == 2 + filler, "every person saved before is still there")
        try db.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = 1073741823") }
        h.press(.enter)
        #expect(h.state.message?.text.contains("已添加 " + String(repeating: "张", count: 10)) == true)
    }
}
