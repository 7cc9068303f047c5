import Foundation
import Logging
import PostgresNIO

/// One connection to the street's server, opened for one command or one sync and closed after.
///
/// A single `PostgresConnection`, not a pool: a connection fails at once on a wrong password or a
/// server that is down (a pool would retry for a minute), and every statement carries the server's
/// own `statement_timeout`. Every result is read to its end (`rows`), or a failure the server
/// sends late would pass unnoticed and a transaction would not commit.
public final class StreetSession: Sendable {
    let connection: PostgresConnection
    public let address: ServerAddress
    static let logger = Logger(label: "baishihui.street")

    /// How long a connection attempt may take, and a statement on the server. 本程序取值：5 秒、15 秒.
    public static let connectSeconds: Int64 = 5
    public static let statementSeconds = 15

    init(connection: PostgresConnection, address: ServerAddress) {
        self.connection = connection
        self.address = address
    }

    /// Connects to `address`, or throws a `StreetError` saying why not (wrong password, no server, no SSL).
    public static func open(_ address: ServerAddress) async throws -> StreetSession {
        do {
            let config = try configuration(address)
            let connection = try await Deadline.run(seconds: Int(connectSeconds) * 2) {
                try await PostgresConnection.connect(configuration: config, id: 1, logger: logger)
            }
            return StreetSession(connection: connection, address: address)
        } catch {
            throw StreetError.explain(error, address: address)
        }
    }

    static func configuration(_ address: ServerAddress) throws -> PostgresConnection.Configuration {
        var config: PostgresConnection.Configuration
        if address.isSocket {
            config = .init(unixSocketPath: address.socketPath, username: address.user, password: address.password,
                           database: address.database)
        } else {
            let context = try NIOSSLContext(configuration: .makeClientConfiguration())
            let tls: PostgresConnection.Configuration.TLS = switch address.tls {
            case .disable: .disable
            case .prefer: .prefer(context)
            case .require: .require(context)
            }
            config = .init(host: address.host, port: address.port, username: address.user, password: address.password,
                           database: address.database, tls: tls)
        }
        config.options.connectTimeout = .seconds(connectSeconds)
        config.options.additionalStartupParameters = [("statement_timeout", "\(statementSeconds)s"),
                                                      ("application_name", "baishihui")]
        return config
    }

    /// Closes the connection; a connection already gone is fine.
    public func close() async {
        try? await connection.close()
    }

    // MARK: - Statements

    /// Runs `query` and reads every row it returns.
    @discardableResult
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        do {
            return try await connection.query(query, logger: Self.logger).collect()
        } catch {
            throw StreetError.explain(error, address: address)
        }
    }

    /// Runs `body` in one transaction: all of it commits, or none of it.
    func transaction<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await rows("BEGIN")
        do {
            let value = try await body()
            try await rows("COMMIT")
            return value
        } catch {
            _ = try? await rows("ROLLBACK")
            throw StreetError.explain(error, address: address)
        }
    }
}

/// Runs async street calls from the synchronous command line and run loop: the call runs as a
/// detached task while the calling thread waits on a semaphore, at most `seconds`.
public enum StreetBlocking {
    public static func run<T: Sendable>(seconds: Int = 60, _ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        if done.wait(timeout: .now() + .seconds(seconds)) == .timedOut { throw StreetError(StreetText.timedOut(seconds)) }
        guard let result = box.get() else { throw StreetError(StreetText.timedOut(seconds)) }
        return try result.get()
    }

    /// A result handed from the task to the waiting thread.
    final class ResultBox<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, any Error>?
        func set(_ value: Result<T, any Error>) { lock.withLock { result = value } }
        func get() -> Result<T, any Error>? { lock.withLock { result } }
    }
}

/// Waits for an async call at most `seconds`, without waiting for the call itself to end: a
/// connection whose server dies during its handshake may never answer (seen after `kill -9` of
/// the postmaster), and a task group would wait for it forever.
public enum Deadline {
    public static func run<T: Sendable>(seconds: Int, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { continuation in
            once.continuation = continuation
            Task { do { once.resume(.success(try await body())) } catch { once.resume(.failure(error)) } }
            Task {
                try? await Task.sleep(for: .seconds(seconds))
                once.resume(.failure(StreetError(StreetText.timedOut(seconds))))
            }
        }
    }

    /// Resumes its continuation once, whichever task comes first.
    final class Once<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        var continuation: CheckedContinuation<T, any Error>?
        func resume(_ result: Result<T, any Error>) {
            let waiting = lock.withLock { () -> CheckedContinuation<T, any Error>? in
                defer { continuation = nil }
                return continuation
            }
            waiting?.resume(with: result)
        }
    }
}
