import Foundation
import PostgresNIO

/// A refusal or fault of the street exchange, with a Chinese message a worker can read, and the
/// server's SQLSTATE when the server said it.
public struct StreetError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var sqlState: String?

    public init(_ message: String, sqlState: String? = nil) {
        self.message = message
        self.sqlState = sqlState
    }

    public var description: String { message }

    /// `error` explained in Chinese. The server's own message is read from `serverInfo` (a
    /// `PSQLError`'s description hides it on purpose); our triggers raise theirs in Chinese.
    public static func explain(_ error: any Error, address: ServerAddress? = nil) -> StreetError {
        if let error = error as? StreetError { return error }
        if let error = error as? PostgresTransactionError {
            return explain(error.closureError ?? error.commitError ?? error.beginError ?? error.rollbackError ?? error, address: address)
        }
        guard let error = error as? PSQLError else {
            return StreetError(StreetText.unreachable(address, reason: "\(error)"))
        }
        if let state = error.serverInfo?[.sqlState] {
            return StreetError(StreetText.server(state: state, message: error.serverInfo?[.message] ?? ""), sqlState: state)
        }
        switch error.code {
        case .sslUnsupported: return StreetError(StreetText.sslUnsupported)
        case .serverClosedConnection, .uncleanShutdown: return StreetError(StreetText.connectionCut)
        case _ where isConnectTimeout(error.underlying):
            return StreetError(StreetText.timedOut(Int(StreetSession.connectSeconds)))
        default: return StreetError(StreetText.unreachable(address, reason: error.underlying.map { "\($0)" } ?? "\(error.code)"))
        }
    }

    /// Whether `error` is NIO's connect timeout: a server that took the connection but never answered.
    static func isConnectTimeout(_ error: (any Error)?) -> Bool {
        if case .connectTimeout = error as? ChannelError { return true }
        return false
    }
}
