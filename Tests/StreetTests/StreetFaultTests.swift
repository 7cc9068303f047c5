import Domain
import Foundation
import GRDB
import Testing
@testable import AppRuntime
@testable import Storage
@testable import StreetStorage

/// Faults that must lose nothing, each on a real server. Every wait has a deadline: a test that
/// would hang fails instead. Wrong credentials for the street's own login and a newer schema at
/// login are in `StreetSetupTests`; here they are tried at a committee's sync.
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

    @Test("the postmaster killed with kill -9 in the middle of a sync: the client gives up in Chinese; after the restart nothing is lost, nothing twice")
    func postmasterKilled() async throws {
        let cluster = try TestCluster()
        defer { TestCluster.stop(folder: cluster.folder) }
        let street = try await StreetFixture(cluster: cluster)
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        try await a.sync()
        try a.request(70_000)
        try a.request(20_000)
        let pending = try a.db.streetPending().count
        // The batch's items are in and its head's INSERT sleeps on the server (a trigger of the
        // test's): the committee's backend is mid-transaction when its postmaster dies.
        try await Self.pauseChainHeads(at: street)
        let (db, credential) = (a.db, a.credential!)
        let syncing = Task { try await StreetSync.run(db: db, credential: credential, now: Date(), watchdog: 15) }
        try await Self.waitFor(seconds: 10) { try await Self.sleeping(credential.role, at: street) }
        try cluster.killPostmaster()
        let error = await #expect(throws: StreetError.self) { try await Deadline.run(seconds: 30) { try await syncing.value } }
        // Alone it is the cut connection at once; on a loaded machine the client has been seen to
        // miss the close, and then its watchdog gives up: either way a Chinese message, in bounded time.
        #expect([StreetText.connectionCut, StreetSyncText.timedOut(15)].contains(error?.message))
        #expect(try a.db.streetSyncState().problem == error?.message)
        #expect(try a.db.streetPending().count == pending)

        try cluster.restart()
        try await street.withOffice { try await $0.session.rows("DROP TRIGGER test_pause ON street.chain_head") }
        #expect(try await a.sync().sent == pending)
        try await Self.expectHeldOnceInOrder(a, at: street)
    }

    @Test("the committee's program killed with kill -9 in the middle of a sync: its outbox is untouched; the next sync sends it all, once, in order")
    func programKilled() async throws {
        let program = try #require(Self.programBinary(), "the baishihui binary is built beside the tests")
        let cluster = try TestCluster()
        defer { TestCluster.stop(folder: cluster.folder) }
        let street = try await StreetFixture(cluster: cluster)
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        try await a.sync()
        try a.request(70_000)
        try a.request(20_000)
        let pending = try a.db.streetPending().count
        try CredentialFile.write(a.credential!, forDatabase: a.path)
        try await Self.pauseChainHeads(at: street)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: program)
        child.arguments = ["sync", "--db", a.path]
        (child.standardOutput, child.standardError) = (FileHandle.nullDevice, FileHandle.nullDevice)
        try child.run()
        defer { if child.isRunning { kill(child.processIdentifier, SIGKILL) } }
        try await Self.waitFor(seconds: 20) { try await Self.sleeping(a.credential!.role, at: street) }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(try a.db.streetPending().count == pending)
        // The killed program's backend rolls back when it finds its client gone (after the trigger's sleep).
        try await street.withOffice { try await $0.session.rows("DROP TRIGGER test_pause ON street.chain_head") }
        #expect(try await a.sync().sent == pending)
        try await Self.expectHeldOnceInOrder(a, at: street)
    }

    @Test("two terminals of one committee syncing at once: nothing twice, order kept, neither fails")
    func twoTerminals() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        let second = try AppDatabase.open(path: a.path, pinHasher: .insecureFastForTests)
        let (credential, first) = (a.credential!, a.db)
        for round in 1...4 {
            try a.request(Int64(round) * 60_000, purpose: "第一台 \(round)")
            try a.request(Int64(round) * 1_000, purpose: "第二台 \(round)", on: second)
            let (x, y) = try await Deadline.run(seconds: 60) {
                async let one = StreetSync.run(db: first, credential: credential, now: Date())
                async let other = StreetSync.run(db: second, credential: credential, now: Date())
                return (try await one, try await other)
            }
            #expect(x.sent + y.sent > 0)
        }
        #expect(try a.db.streetSyncState().pending == 0)
        try await Self.expectHeldOnceInOrder(a, at: street)
    }

    @Test("the network down for a week: each day's sync fails at once and items queue; then they go, in order")
    func networkDownForAWeek() async throws {
        let cluster = try TestCluster()
        defer { TestCluster.stop(folder: cluster.folder) }
        let street = try await StreetFixture(cluster: cluster)
        let a = try await street.connected("甲居委会")
        try a.request(62_000, purpose: "断网之前")
        try await a.sync()
        try cluster.pause()
        var queued = 0
        let (db, credential) = (a.db, a.credential!)
        for day in 1...7 {
            try a.request(Int64(day) * 10_000, purpose: "断网第 \(day) 天")
            let error = await #expect(throws: StreetError.self) {
                try await Deadline.run(seconds: 15) { try await StreetSync.run(db: db, credential: credential, now: Date()) }
            }
            #expect(error?.message.hasPrefix("连不上街道服务器") == true)
            let waiting = try a.db.streetSyncState().pending
            #expect(waiting > queued)
            queued = waiting
        }
        try cluster.start()
        #expect(try await a.sync().sent == queued)
        let purposes = try await street.withOffice { office in
            try await office.session.rows("""
                SELECT detail->>'purpose' FROM street.item WHERE kind = 'expense.request' ORDER BY id
                """).map { try $0.decode(String.self) }
        }
        #expect(purposes == ["断网之前"] + (1...7).map { "断网第 \($0) 天" })
        try await Self.expectHeldOnceInOrder(a, at: street)
    }

    @Test("a server that stops answering (its postmaster stopped) ends the sync within the deadline, in Chinese")
    func serverStopsAnswering() async throws {
        let cluster = try TestCluster()
        defer { TestCluster.stop(folder: cluster.folder) }
        let street = try await StreetFixture(cluster: cluster)
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        let pid = try cluster.postmasterPID()
        kill(pid, SIGSTOP)
        let (started, db, credential) = (Date(), a.db, a.credential!)
        let error = await #expect(throws: StreetError.self) {
            try await Deadline.run(seconds: 40) { try await StreetSync.run(db: db, credential: credential, now: Date()) }
        }
        kill(pid, SIGCONT)
        #expect(error?.message == StreetText.timedOut(Int(StreetSession.connectSeconds)))
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(try await a.sync().sent > 0)
        try await Self.expectHeldOnceInOrder(a, at: street)
    }

    @Test("a committee's wrong password: refused at once in Chinese, kept for the status bar, the outbox untouched")
    func wrongCommitteePassword() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        var wrong = a.credential!
        wrong.password = String(repeating: "0", count: 40)
        let error = await #expect(throws: StreetError.self) { try await StreetSync.run(db: a.db, credential: wrong, now: Date()) }
        #expect(error?.message.hasPrefix("服务器拒绝登录：用户名或密码错误") == true)
        #expect(try a.db.streetSyncState().problem == error?.message)
        #expect(try a.db.streetSyncState().sentSeq == 0)
    }

    @Test("a server of a newer schema step refuses the committee's sync, and nothing is written to it")
    func newerSchemaAtSync() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        try await street.withOffice { try await $0.session.rows("INSERT INTO street.migration (name) VALUES ('s99-from-the-future')") }
        await #expect(throws: StreetError(StreetText.newerSchema(["s99-from-the-future"]))) { try await a.sync() }
        let written = try await street.withOffice { office in
            try await office.session.rows("SELECT (SELECT count(*) FROM street.item) + (SELECT count(*) FROM street.chain_head)")
                .first!.decode(Int64.self)
        }
        #expect(written == 0)
        #expect(try a.db.streetSyncState().sentSeq == 0)
    }
}

extension StreetFaultTests {
    /// A trigger of the test's that makes each chain head's INSERT sleep 10 s on the server, so that a
    /// sync is caught mid-transaction (its items in, its head not yet).
    static func pauseChainHeads(at street: StreetFixture) async throws {
        try await street.withOffice { office in
            try await office.session.rows("""
                CREATE FUNCTION street.test_pause() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_sleep(10); RETURN NEW; END $$
                """)
            try await office.session.rows("""
                CREATE TRIGGER test_pause BEFORE INSERT ON street.chain_head FOR EACH ROW EXECUTE FUNCTION street.test_pause()
                """)
        }
    }

    /// The program built beside the test bundle (`swift build --build-tests` builds both), or nil.
    static func programBinary() -> String? {
        let path = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("baishihui").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Whether the committee's role has a statement sleeping in the test's trigger.
    static func sleeping(_ role: String, at street: StreetFixture) async throws -> Bool {
        try await street.withOffice { office in
            try await office.session.rows("""
                SELECT count(*) FROM pg_stat_activity WHERE usename = \(role) AND wait_event = 'PgSleep'
                """).first!.decode(Int64.self) > 0
        }
    }

    /// Polls `condition` every 50 ms; fails the test after `seconds`.
    static func waitFor(seconds: Double, _ condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !(try await condition()) {
            guard Date() < deadline else { throw StreetError("等待超过 \(seconds) 秒") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The street holds every item of the committee's outbox once, in the committee's order, and
    /// the chain head it holds last is the committee's.
    static func expectHeldOnceInOrder(_ committee: CommitteeFixture, at street: StreetFixture) async throws {
        let outbox = try await committee.db.pool.read { db in try Int64.fetchAll(db, sql: "SELECT seq FROM street_outbox ORDER BY seq") }
        let (seqs, head) = try await street.withOffice { office in
            (try await office.session.rows("SELECT seq FROM street.item ORDER BY id").map { try $0.decode(Int64.self) },
             try await office.session.rows("SELECT hash FROM street.chain_head ORDER BY count DESC LIMIT 1").first?.decode(String.self))
        }
        #expect(seqs == outbox)
        #expect(try head == committee.db.auditChainHead().hash)
    }
}
