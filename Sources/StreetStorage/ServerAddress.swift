import Foundation

/// Where the street office's PostgreSQL server is and who logs in: a libpq-style URI
/// (`postgresql://user:password@host:port/dbname?host=/socket/dir&sslmode=require`), completed
/// from PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSFILE (.pgpass) as libpq does, so no password
/// need be typed on a command line.
public struct ServerAddress: Sendable, Equatable {
    /// How TLS is used: libpq's `sslmode` (`disable`, `allow`/`prefer`, `require` and stricter).
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    /// A host name or address, or a folder holding the server's Unix socket (starts with `/`).
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    public init(host: String, port: Int, user: String, password: String?, database: String, tls: TLSMode) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Whether `host` names a socket folder.
    public var isSocket: Bool { host.hasPrefix("/") }
    /// The socket file libpq would open: `<folder>/.s.PGSQL.<port>`.
    public var socketPath: String { host + "/.s.PGSQL.\(port)" }

    /// The address as a URI without its password, for messages and the committee's credential file.
    public var uri: String {
        var text = "postgresql://\(Self.escape(user))@"
        text += isSocket ? "/\(Self.escape(database))?host=\(Self.escape(host))&port=\(port)" : "\(host):\(port)/\(Self.escape(database))"
        if tls != .prefer { text += (isSocket ? "&" : "?") + "sslmode=\(tls.rawValue)" }
        return text
    }

    /// The server alone (no user, no password), for telling a committee where to connect.
    public var serverURI: String {
        let full = uri
        return full.replacingOccurrences(of: "postgresql://\(Self.escape(user))@", with: "postgresql://")
    }

    /// The same server, logged into as `user` with `password`.
    public func loggingIn(as user: String, password: String?) -> ServerAddress {
        var copy = self
        copy.user = user
        copy.password = password
        return copy
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@/?&="))) ?? text
    }
}
