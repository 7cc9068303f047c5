import Domain
import Foundation
import Testing
@testable import AppRuntime
@testable import Storage
@testable import StreetStorage

/// Faults that must lose nothing, each on a real server.
@Suite struct StreetFaultTests {
    @Test("a server that is down is a Chinese message at once, kept for the status bar; the outbox waits")
    func serverDown() async throws {
        let cluster = try TestCluster()
        let street = try await StreetFixture(cluster: cluster)
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        TestCluster.stop(folder: cluster.folder)
        let started = Date()
        let error = await #expect(throws: StreetError.self) { try await a.sync() }
        #expect(error?.message.hasPrefix("连不上街道服务器") == true)
        #expect(Date().timeIntervalSince(started) < 6)
        #expect(try a.db.streetSyncState().problem == error?.message)
        #expect(try a.db.streetSyncState().pending > 0)
    }
}
