import Foundation

extension ServerAddress {
    /// Reads `uri` (nil: the environment alone) as libpq does: the URI's parts first, then PGHOST,
    /// PGPORT, PGUSER, PGDATABASE, PGSSLMODE, then the defaults (a socket in /var/run/postgresql,
    /// 5432, the login name, the user's name); a missing password is looked up in PGPASSFILE
    /// (default ~/.pgpass). A text that is not such a URI is refused in Chinese.
    public static func parse(_ uri: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ServerAddress {
        var parts = try uri.map(URIParts.init) ?? URIParts()
        parts.host = parts.host ?? environment["PGHOST"]
        parts.port = parts.port ?? environment["PGPORT"]
        parts.user = parts.user ?? environment["PGUSER"]
        parts.database = parts.database ?? environment["PGDATABASE"]
        parts.sslmode = parts.sslmode ?? environment["PGSSLMODE"]
        let host = parts.host ?? "/var/run/postgresql"
        guard let port = Int(parts.port ?? "5432"), (1...65535).contains(port) else {
            throw StreetError(StreetText.badPort(parts.port ?? ""))
        }
        let user = parts.user ?? environment["USER"] ?? "postgres"
        let tls = try tlsMode(parts.sslmode, socket: host.hasPrefix("/"))
        var address = ServerAddress(host: host, port: port, user: user, password: parts.password,
                                    database: parts.database ?? user, tls: tls)
        if address.password == nil {
            let file = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? "")
            address.password = PassFile.password(in: file, for: address)
        }
        return address
    }

    /// libpq's sslmode as one of ours; a socket never uses TLS.
    static func tlsMode(_ text: String?, socket: Bool) throws -> TLSMode {
        switch text ?? "prefer" {
        case "disable": return .disable
        case "allow", "prefer": return socket ? .disable : .prefer
        case "require", "verify-ca", "verify-full": return .require
        default: throw StreetError(StreetText.badSSLMode(text ?? ""))
        }
    }
}

/// The parts of a `postgresql://` URI, percent-decoded; nil where the URI says nothing.
struct URIParts {
    var host: String?
    var port: String?
    var user: String?
    var password: String?
    var database: String?
    var sslmode: String?

    init() {}

    init(_ uri: String) throws {
        guard uri.hasPrefix("postgresql://") || uri.hasPrefix("postgres://"),
              let components = URLComponents(string: uri) else { throw StreetError(StreetText.badURI(uri)) }
        host = components.percentEncodedHost.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding }
        port = components.port.map(String.init)
        user = components.percentEncodedUser.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding }
        password = components.percentEncodedPassword?.removingPercentEncoding
        let path = String(components.percentEncodedPath.drop(while: { $0 == "/" }))
        database = path.isEmpty ? nil : path.removingPercentEncoding
        for item in components.queryItems ?? [] {
            switch item.name {
            case "host": host = item.value
            case "port": port = item.value
            case "user": user = item.value
            case "password": password = item.value
            case "dbname": database = item.value
            case "sslmode": sslmode = item.value
            default: throw StreetError(StreetText.unknownURIParameter(item.name))
            }
        }
    }
}

/// libpq's password file: `host:port:database:user:password` lines, `*` matching anything, `\`
/// escaping `:` and `\`; ignored unless only its owner can read it, as libpq does.
enum PassFile {
    static func password(in path: String, for address: ServerAddress) -> String? {
        guard !path.isEmpty, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let host = address.isSocket ? "localhost" : address.host
        let wanted = [host, String(address.port), address.database, address.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = fields(of: String(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The `:`-separated fields of a line, `\:` and `\\` unescaped.
    static func fields(of line: String) -> [String] {
        var fields = [""], escaped = false
        for character in line {
            if escaped { fields[fields.count - 1].append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" { fields.append("") }
            else { fields[fields.count - 1].append(character) }
        }
        return fields
    }
}
