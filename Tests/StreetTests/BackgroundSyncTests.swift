import Domain
import Foundation
import Testing
@testable import AppRuntime
@testable import Storage
@testable import StreetStorage

/// The full-screen program's sync: its own thread, the status bar's words.
@Suite struct BackgroundSyncTests {
    @Test("the status bar says 已同步 with the time, or 离线 with how many wait")
    func words() {
        let at = Date(timeIntervalSince1970: 1_709_254_800)   // 09:00 in Shanghai
        #expect(BackgroundSync.text(for: StreetSyncState(sentSeq: 4, decisionCursor: 0, pending: 0, syncedAt: at, problem: nil)) == "已同步 09:00")
        #expect(BackgroundSync.text(for: StreetSyncState(sentSeq: 4, decisionCursor: 0, pending: 3, syncedAt: at, problem: nil)) == "离线：3 条待上报")
        #expect(BackgroundSync.text(for: StreetSyncState(sentSeq: 4, decisionCursor: 0, pending: 0, syncedAt: at, problem: "断线")) == "离线：0 条待上报")
    }

    @Test("a connected committee's program syncs by itself on its own thread; a save pokes it")
    func syncsByItself() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        try CredentialFile.write(a.credential!, forDatabase: a.path)
        let sync = try #require(BackgroundSync.start(db: a.db, path: a.path))
        try await Self.waitFor { sync.status?.hasPrefix("已同步") == true }
        try a.request(62_000)
        sync.poke()
        try await Self.waitFor { (try? a.db.streetSyncState().pending) == 0 }
        #expect(try await street.withOffice { try await $0.reviewQueue() }.map(\.amount) == [62_000])
    }

    static func waitFor(_ condition: () -> Bool) async throws {
        for _ in 0..<100 where !condition() { try await Task.sleep(for: .milliseconds(100)) }
        #expect(condition())
    }
}
