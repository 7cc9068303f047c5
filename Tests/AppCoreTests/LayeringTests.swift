import Foundation
import Testing

/// The design's layering, checked on the source: curses only in the terminal backend, SQL only in storage.
@Suite struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file under Sources with its target's name.
    static func files() throws -> [(target: String, path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        var out: [(String, String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let target = url.path.dropFirst(sources.path.count + 1).split(separator: "/").first.map(String.init) ?? ""
            out.append((target, url.path, try String(contentsOf: url, encoding: .utf8)))
        }
        return out
    }

    @Test("the sources are there to check")
    func sourcesFound() throws {
        let targets = Set(try Self.files().map(\.target))
        #expect(targets.isSuperset(of: ["Domain", "ScreenKit", "Storage", "TerminalBackend", "AppCore", "AppRuntime"]))
    }

    @Test("only TerminalBackend imports ncursesw")
    func cursesOnlyInBackend() throws {
        let offenders = try Self.files().filter { $0.target != "TerminalBackend" && $0.text.contains("import CNCursesW") }
        #expect(offenders.map(\.path) == [])
    }

    @Test("only Storage imports GRDB or SQLite; only Storage and StreetStorage write SQL")
    func sqlOnlyInStorage() throws {
        let sqlite = try NSRegularExpression(pattern: #"import (GRDB|SQLite3|CSQLite)"#)
        let sql = try NSRegularExpression(pattern: #"\b(SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|CREATE TABLE)\b"#)
        let offenders = try Self.files().filter { file in
            (file.target != "Storage" && Self.matches(sqlite, file.text))
                || (!["Storage", "StreetStorage"].contains(file.target) && Self.matches(sql, file.text))
        }
        #expect(offenders.map(\.path) == [])
    }

    @Test("only StreetStorage imports PostgresNIO (the street's PostgreSQL)")
    func postgresOnlyInStreetStorage() throws {
        let files = try Self.files()
        #expect(files.contains { $0.target == "StreetStorage" && $0.text.contains("import PostgresNIO") })
        let offenders = files.filter { $0.target != "StreetStorage" && $0.text.contains("import PostgresNIO") }
        #expect(offenders.map(\.path) == [])
    }

    static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test("Domain and AppCore read no clock: Date() only in the runtime and the command line")
    func noClockInPureLayers() throws {
        let offenders = try Self.files().filter { ["Domain", "AppCore", "ScreenKit"].contains($0.target) && $0.text.contains("Date()") }
        #expect(offenders.map(\.path) == [])
    }
}
