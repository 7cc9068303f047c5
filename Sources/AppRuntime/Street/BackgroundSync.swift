import Domain
import Foundation
import Storage
import StreetStorage

/// Syncs a connected committee with its street from a thread of its own, with a connection of its
/// own, every minute and soon after a save (`poke`), so the full-screen program never waits for
/// the network on a key. The run loop reads `status` at each turn for the status bar.
final class BackgroundSync: @unchecked Sendable {
    /// How often it syncs when nothing is saved. 本程序取值：60 秒.
    static let intervalSeconds = 60

    private let db: AppDatabase
    private let credential: CommitteeCredential
    private let wake = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var text: String?

    init(db: AppDatabase, credential: CommitteeCredential) {
        self.db = db
        self.credential = credential
    }

    /// The syncer of the database at `path`, started, or nil when it is not connected to a street.
    static func start(db: AppDatabase, path: String) -> BackgroundSync? {
        guard let credential = try? CredentialFile.read(forDatabase: path) else { return nil }
        let sync = BackgroundSync(db: db, credential: credential)
        let thread = Thread { sync.loop() }
        thread.name = "baishihui.street-sync"
        thread.start()
        return sync
    }

    /// "已同步 14:02" or "离线：3 条待上报", as of the last sync.
    var status: String? { lock.withLock { text } }

    /// Asks for a sync soon (after a save); never waits.
    func poke() { wake.signal() }

    /// Syncs at once, then every minute, and on a poke when something waits to go up (a draft
    /// written as the person types pokes too, and needs no sync).
    private func loop() {
        runOnce()
        while true {
            let poked = wake.wait(timeout: .now() + .seconds(Self.intervalSeconds)) == .success
            if poked, (try? db.streetPending(limit: 1).isEmpty) ?? true { continue }
            runOnce()
        }
    }

    private func runOnce() {
        let (db, credential, now) = (db, credential, Date())
        _ = try? StreetBlocking.run(seconds: StreetSync.watchdogSeconds + 30) { try await StreetSync.run(db: db, credential: credential, now: now) }
        let status = (try? db.streetSyncState()).map(Self.text(for:))
        lock.withLock { text = status }
    }

    /// The status bar's words for `state`.
    static func text(for state: StreetSyncState) -> String {
        if state.problem != nil || state.pending > 0 { return "离线：\(state.pending) 条待上报" }
        return state.syncedAt.map { "已同步 \(ClockTime.of($0).text)" } ?? "离线：0 条待上报"
    }
}
