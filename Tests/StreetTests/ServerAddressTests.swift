import Foundation
import Testing
@testable import StreetStorage

/// The server address as libpq reads it: URI first, then PGHOST/PGPORT/PGUSER/PGDATABASE, then .pgpass.
@Suite struct ServerAddressTests {
    @Test("a TCP URI with password, port and sslmode")
    func tcpURI() throws {
        let a = try ServerAddress.parse("postgresql://jiedao:s%40cret@db.example:6543/street?sslmode=require", environment: [:])
        #expect(a == ServerAddress(host: "db.example", port: 6543, user: "jiedao", password: "s@cret", database: "street", tls: .require))
    }

    @Test("a socket folder given as ?host=, never with TLS")
    func socketURI() throws {
        let a = try ServerAddress.parse("postgresql:///street?host=/tmp/pg%20sock&port=5999", environment: ["PGUSER": "office"])
        #expect(a.isSocket && a.host == "/tmp/pg sock" && a.port == 5999 && a.user == "office" && a.tls == .disable)
        #expect(a.socketPath == "/tmp/pg sock/.s.PGSQL.5999")
    }

    @Test("the environment fills what the URI leaves out")
    func environment() throws {
        let a = try ServerAddress.parse(nil, environment: ["PGHOST": "10.0.0.5", "PGPORT": "5433", "PGUSER": "u", "PGDATABASE": "d"])
        #expect(a.host == "10.0.0.5" && a.port == 5433 && a.user == "u" && a.database == "d" && a.tls == .prefer)
    }

    @Test("a password comes from PGPASSFILE when only its owner can read it")
    func passFile() throws {
        let path = NSTemporaryDirectory() + "pgpass-" + UUID().uuidString
        try "# comment\nother:*:*:*:no\ndb.example:5432:street:jiedao:pa\\:ss\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let env = ["PGPASSFILE": path]
        #expect(try ServerAddress.parse("postgresql://jiedao@db.example/street", environment: env).password == "pa:ss")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(try ServerAddress.parse("postgresql://jiedao@db.example/street", environment: env).password == nil)
    }

    @Test("what is not such a URI is refused in Chinese")
    func refusals() {
        #expect(throws: StreetError(StreetText.badURI("mysql://x")), performing: { try ServerAddress.parse("mysql://x", environment: [:]) })
        #expect(throws: StreetError(StreetText.badSSLMode("maybe")),
                performing: { try ServerAddress.parse("postgresql://h/d?sslmode=maybe", environment: [:]) })
        #expect(throws: StreetError(StreetText.unknownURIParameter("colour")),
                performing: { try ServerAddress.parse("postgresql://h/d?colour=red", environment: [:]) })
    }

    @Test("an enrolment code names its role; anything else is not a code")
    func codes() {
        #expect(Enrolment.parse(code: "0123456789-0123456789abcdef01234567")?.role == "bsh_c_0123456789")
        #expect(Enrolment.parse(code: "0123456789-short") == nil)
        #expect(Enrolment.parse(code: "'; DROP ROLE x-0123456789abcdef01234567") == nil)
    }

    @Test("the schema's statements split at line ends, a $$ body kept whole")
    func statements() {
        let parts = StreetSchema.statements("CREATE TABLE a (x int);\nCREATE FUNCTION f() AS $$\nBEGIN\n  x;\nEND $$;\nGRANT y;")
        #expect(parts.count == 3)
        #expect(parts[1].hasPrefix("CREATE FUNCTION") && parts[1].hasSuffix("END $$;"))
    }
}

extension ServerAddressTests {
    @Test("the URI written for a committee reads back as the same server, socket or TCP")
    func roundTrip() throws {
        for address in [ServerAddress(host: "/tmp/s k", port: 5999, user: "bsh_c_1", password: nil, database: "t", tls: .disable),
                        ServerAddress(host: "db.example", port: 6543, user: "u", password: nil, database: "street", tls: .require)] {
            #expect(try ServerAddress.parse(address.uri, environment: [:]) == address)
        }
    }
}

extension ServerAddressTests {
    @Test("the server alone, for a committee's connect, names no user and reads back as the same place")
    func serverAlone() throws {
        let address = ServerAddress(host: "/tmp/s", port: 5999, user: "postgres", password: "pw", database: "street", tls: .disable)
        #expect(address.serverURI == "postgresql:///street?host=%2Ftmp%2Fs&port=5999&sslmode=disable")
        let back = try ServerAddress.parse(address.serverURI, environment: ["PGUSER": "bsh_c_1"])
        #expect(back.host == "/tmp/s" && back.port == 5999 && back.database == "street" && back.user == "bsh_c_1")
    }
}
