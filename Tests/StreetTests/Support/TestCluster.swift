import Foundation
import StreetStorage

/// A private PostgreSQL 15 cluster for the street tests: initdb into a temporary folder as the
/// `postgres` user (initdb and pg_ctl refuse root), listening on a socket in that folder and on a
/// free 127.0.0.1 port, stopped and removed when the test process exits, whatever the outcome.
/// Nothing is mocked: every street test talks to this server.
final class TestCluster: @unchecked Sendable {
    static let bin = "/usr/lib/postgresql/15/bin"
    /// The superuser's password (the cluster is scram-only, like a street's server).
    static let password = "test-superuser-password"

    let folder: String
    let port: Int
    var socketFolder: String { folder + "/sock" }

    /// The cluster shared by the tests of this process, started on first use.
    static let shared: TestCluster = {
        let cluster = try! TestCluster()
        sharedFolder = cluster.folder
        atexit { TestCluster.stop(folder: TestCluster.sharedFolder) }
        return cluster
    }()
    nonisolated(unsafe) static var sharedFolder = ""

    init() throws {
        folder = try Self.makeFolder()
        port = Self.freePort()
        try Self.asPostgres("mkdir -p \(socketFolder) && printf '%s' '\(Self.password)' > \(folder)/pw")
        try Self.asPostgres("\(Self.bin)/initdb -D \(folder)/data -U postgres --auth=scram-sha-256 --pwfile=\(folder)/pw -E UTF8 --locale=C >\(folder)/initdb.log 2>&1")
        try start()
        Self.stopWhenGone(folder: folder)
    }

    /// Stops the cluster in `folder` once this test process has ended, however it ended (a crash, or
    /// a killed test run leaves clusters running otherwise): a shell that polls the process every
    /// second (a zombie counts as ended), started and not waited for, its output to /dev/null.
    static func stopWhenGone(folder: String) {
        let script = """
            while grep -qs '^State:[[:space:]]*[^Z]' /proc/\(getpid())/status; do sleep 1; done
            \(getuid() == 0 ? "runuser -u postgres -- " : "")\(bin)/pg_ctl -D \(folder)/data -m immediate -w stop >/dev/null 2>&1
            rm -rf \(folder)
            """
        let words: [String] = ["/bin/sh", "-c", script]
        let argv = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 {   // never the test's output pipe: the test runner waits for it to close
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var pid: pid_t = 0
        _ = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
    }

    /// Starts (or restarts) the server and waits until it accepts connections; `quiet`: pg_ctl's complaints unsaid.
    func start(quiet: Bool = false) throws {
        try Self.asPostgres("""
            \(Self.bin)/pg_ctl -D \(folder)/data -l \(folder)/server.log -w -t 60 \
            -o "-k \(socketFolder) -c listen_addresses=127.0.0.1 -p \(port) -c fsync=off" start >/dev/null\(quiet ? " 2>&1" : "")
            """)
    }

    /// Stops the server (fast shutdown) and keeps its files, as a street's server that is down for a while.
    func pause() throws {
        try Self.asPostgres("\(Self.bin)/pg_ctl -D \(folder)/data -m fast -w -t 30 stop >/dev/null")
    }

    /// `kill -9` of the postmaster: its backends notice and end, nothing shuts down cleanly.
    func killPostmaster() throws {
        kill(try postmasterPID(), SIGKILL)
    }

    /// Starts the server again after a crash, retrying while the killed server's backends still
    /// hold its shared memory; gives up after `seconds`.
    func restart(within seconds: Double = 60) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            do { return try start(quiet: Date() < deadline) } catch where Date() < deadline { usleep(500_000) }
        }
    }

    /// The postmaster's process id (the first line of postmaster.pid).
    func postmasterPID() throws -> Int32 {
        let text = try String(contentsOfFile: folder + "/data/postmaster.pid", encoding: .utf8)
        return Int32(text.split(separator: "\n").first ?? "") ?? 0
    }

    /// The superuser's address for `database`, over the socket.
    func adminAddress(database: String = "postgres") -> ServerAddress {
        ServerAddress(host: socketFolder, port: port, user: "postgres", password: Self.password, database: database, tls: .disable)
    }

    /// A new empty database for one test, and the superuser's address for it.
    func newDatabase() throws -> ServerAddress {
        let name = "t_" + UUID().uuidString.prefix(8).lowercased()
        try Self.asPostgres("PGPASSWORD='\(Self.password)' /usr/bin/psql -h \(socketFolder) -p \(port) -U postgres -d postgres -qc 'CREATE DATABASE \(name)'")
        return adminAddress(database: name)
    }

    static func stop(folder: String) {
        guard !folder.isEmpty else { return }
        _ = try? asPostgres("\(bin)/pg_ctl -D \(folder)/data -m immediate -w stop >/dev/null 2>&1")
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: - Helpers

    /// A new folder under the temporary directory, owned by `postgres` when we are root.
    static func makeFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "bsh-pg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if getuid() == 0 { try run("/bin/chown", ["postgres:postgres", folder]) }
        return folder
    }

    /// A port nobody listens on now: bind port 0 and read what the kernel gave.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs `command` in a shell as `postgres` (through runuser when we are root).
    @discardableResult
    static func asPostgres(_ command: String) throws -> Int32 {
        getuid() == 0 ? try run("/usr/sbin/runuser", ["-u", "postgres", "--", "/bin/sh", "-c", command])
                      : try run("/bin/sh", ["-c", command])
    }

    /// Runs `tool` and waits for it with posix_spawn and waitpid: no run loop, no thread of the
    /// test pool is needed to notice the end (Foundation's Process hangs here under parallel tests).
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let argv = ([tool] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, tool, nil, nil, argv, environ) == 0 else { throw failure(tool, arguments, -1) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard code == 0 else { throw failure(tool, arguments, code) }
        return code
    }

    static func failure(_ tool: String, _ arguments: [String], _ code: Int32) -> NSError {
        NSError(domain: "TestCluster", code: Int(code),
                userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments.joined(separator: " ")) 失败（\(code)）"])
    }
}
