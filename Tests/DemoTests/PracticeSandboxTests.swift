import ArgumentParser
@testable import AppRuntime
import Demo
import Domain
import Foundation
import Storage
import Testing

/// Practice mode never touches the real database, and what it exports cannot be imported.
@Suite(.serialized) struct PracticeSandboxTests {
    /// A home of its own: the real database under XDG_DATA_HOME, the sandbox under XDG_STATE_HOME.
    static func paths() -> Paths {
        let root = NSTemporaryDirectory() + "practice-\(UUID().uuidString)"
        return Paths(environment: ["HOME": root, "XDG_DATA_HOME": root + "/data", "XDG_STATE_HOME": root + "/state"])
    }

    /// A real (not demo) database with its committee and secretary.
    static func realDatabase(at path: String) throws -> AppDatabase {
        let db = try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
        _ = try db.initialize(committee: Committee(name: "真实居委会", streetOffice: "真实街道"), adminName: "王秀兰",
                              adminRoles: [.secretary], pin: "2580", at: Date())
        return db
    }

    @Test("practice mode refuses the real database, and any file that does not hold demo data")
    func refusesTheRealFile() throws {
        let paths = Self.paths()
        let real = try Self.realDatabase(at: paths.defaultDatabase)
        let before = try real.contentDigest()
        #expect(throws: PracticeSandbox.Refusal.realDatabase(paths.defaultDatabase)) {
            try PracticeSandbox.resolve(requested: paths.defaultDatabase, paths: paths)
        }
        let other = NSTemporaryDirectory() + "real-\(UUID().uuidString).sqlite"
        _ = try Self.realDatabase(at: other)
        #expect(throws: PracticeSandbox.Refusal.notPractice(other)) { try PracticeSandbox.resolve(requested: other, paths: paths) }
        var reset = try BaishihuiCommand.parseAsRoot(["practice", "reset", "--db", other])
        #expect(throws: ExitCode.self) { try reset.run() }
        #expect(throws: (any Error).self) {
            try PracticeSandbox.rebuild(at: paths.defaultDatabase, settings: PracticeSandbox.settings(asOf: LocalDate(iso: "2026-11-20")!))
        }
        #expect(try real.contentDigest() == before)
        #expect(try real.isDemoData() == false)
    }

    @Test("without --db practice mode opens the sandbox in the state directory, made from demo data")
    func sandboxInStateDirectory() throws {
        let paths = Self.paths()
        let real = try Self.realDatabase(at: paths.defaultDatabase)
        let before = try real.contentDigest()
        let path = try PracticeSandbox.resolve(requested: nil, paths: paths)
        #expect(path == paths.stateDirectory + "/practice.sqlite")
        let sandbox = try PracticeSandbox.open(path: path, today: LocalDate(iso: "2026-11-20")!)
        #expect(try sandbox.isDemoData())
        #expect(try sandbox.committee()?.name == "长寿路第一居委会")
        #expect(try real.contentDigest() == before)
    }

    /// Issue 19: demo data alone (`baishihui demo`, or a real file the generator once ran on) takes no
    /// drill; practice mode marks its own sandbox when it opens it, and a reset keeps the mark.
    @Test("drills take only practice mode's sandbox, not any file of demo data")
    func drillsOnlyOnThePracticeSandbox() throws {
        let settings = PracticeSandbox.settings(asOf: LocalDate(iso: "2026-11-20")!)
        let path = NSTemporaryDirectory() + "demo-\(UUID().uuidString).sqlite"
        try DemoBuilder.build(path: path, settings: settings, force: false)
        let demo = try AppDatabase.open(path: path)
        #expect(try demo.isDemoData())
        #expect(try demo.drillRefusal() == DrillGate.notSandbox)
        let sandbox = try PracticeSandbox.open(path: path, today: settings.asOf)
        #expect(try sandbox.drillRefusal() == nil && demo.drillRefusal() == nil)
        try PracticeSandbox.rebuild(at: path, settings: settings)
        #expect(try sandbox.isSandbox())
        #expect(try sandbox.verifyAuditChain().isIntact && sandbox.auditCoverageProblems().isEmpty)
    }

    @Test("a reset replaces what was practised with a fresh copy, in place")
    func resetInPlace() throws {
        let paths = Self.paths()
        let path = PracticeSandbox.path(paths)
        let settings = PracticeSandbox.settings(asOf: LocalDate(iso: "2026-11-20")!)
        let db = try PracticeSandbox.open(path: path, today: settings.asOf)
        let fresh = try db.contentDigest()
        let me = try #require(try db.people(includeInactive: false).first { $0.roles.contains(.secretary) })
        _ = try db.addPerson(name: "练习新人", roles: [.worker], zone: nil, pin: nil, by: me.id, at: Date())
        #expect(try db.contentDigest() != fresh)
        try PracticeSandbox.rebuild(at: path, settings: settings)
        #expect(try db.contentDigest() == fresh)
        #expect(try db.people(includeInactive: true).contains { $0.name == "练习新人" } == false)
    }

    @Test("an export from practice mode is marked 练习数据 and every import refuses it")
    func practiceExportsAreRefused() throws {
        let paths = Self.paths()
        let sandbox = PracticeSandbox.path(paths)
        let practice = try PracticeSandbox.open(path: sandbox, today: LocalDate(iso: "2026-11-20")!)
        let trainee = try #require(try practice.people(includeInactive: false).first(holding: .secretary))
        let file = NSTemporaryDirectory() + "practice-export-\(UUID().uuidString).csv"
        let demoPin = CommandFixture.pinFD(DemoSettings.pin)
        defer { close(demoPin) }
        var export = try BaishihuiCommand.parseAsRoot(["export", "receptions", "--month", "2026-11", "--db", sandbox, "-o", file,
                                                       "--as", trainee.name, "--pin-fd", String(demoPin)])
        try export.run()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("练习数据".utf8)))
        let text = String(decoding: bytes, as: UTF8.self)
        let real = try Self.realDatabase(at: paths.defaultDatabase)
        let before = try real.contentDigest()
        for kind in ["receptions", "visits", "households", "staff"] {
            let pin = CommandFixture.pinFD("2580")
            defer { close(pin) }
            var command = try BaishihuiCommand.parseAsRoot(["import", kind, file, "--db", paths.defaultDatabase,
                                                            "--as", "王秀兰", "--pin-fd", String(pin)])
            #expect(throws: ExitCode.self) { try command.run() }
        }
        #expect(try real.contentDigest() == before)
        #expect(throws: ExitCode.self) { try ImportSupport.read(file) }
        let unmarked = NSTemporaryDirectory() + "unmarked-\(UUID().uuidString).csv"
        let lines = text.split(whereSeparator: \.isNewline)
        try #require(lines.count > 2)
        try lines.dropFirst().joined(separator: "\r\n").write(toFile: unmarked, atomically: true, encoding: .utf8)
        #expect(try ImportSupport.read(unmarked).contains("接待时间"))
    }
}

/// The sandbox must be a regular file of its own holding demo data (issue 17 item 9).
@Suite(.serialized) struct PracticeSandboxLinkTests {
    @Test("a symbolic or hard link in place of the sandbox is refused: practice mode never opens the real database through it")
    func linksAreRefused() throws {
        let paths = PracticeSandboxTests.paths()
        let real = try PracticeSandboxTests.realDatabase(at: paths.defaultDatabase)
        let before = try real.contentDigest()
        let sandbox = PracticeSandbox.path(paths)
        try FileManager.default.createDirectory(atPath: paths.stateDirectory, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox, withDestinationPath: paths.defaultDatabase)
        #expect(throws: PracticeSandbox.Refusal.self) { try PracticeSandbox.resolve(requested: nil, paths: paths) }
        #expect(throws: (any Error).self) { try PracticeSandbox.open(path: sandbox, today: LocalDate(iso: "2026-11-20")!) }
        #expect(throws: (any Error).self) {
            try PracticeSandbox.rebuild(at: sandbox, settings: PracticeSandbox.settings(asOf: LocalDate(iso: "2026-11-20")!))
        }

        let demo = paths.stateDirectory + "/other-demo.sqlite"
        _ = try PracticeSandbox.open(path: demo, today: LocalDate(iso: "2026-11-20")!)
        try FileManager.default.removeItem(atPath: sandbox)
        try FileManager.default.createSymbolicLink(atPath: sandbox, withDestinationPath: demo)
        #expect(throws: PracticeSandbox.Refusal.notRegularFile(sandbox)) { try PracticeSandbox.resolve(requested: nil, paths: paths) }
        try FileManager.default.removeItem(atPath: sandbox)
        try FileManager.default.linkItem(atPath: demo, toPath: sandbox)
        #expect(throws: PracticeSandbox.Refusal.notRegularFile(sandbox)) { try PracticeSandbox.resolve(requested: nil, paths: paths) }

        try FileManager.default.removeItem(atPath: sandbox)
        #expect(try PracticeSandbox.resolve(requested: nil, paths: paths) == sandbox)
        #expect(try real.contentDigest() == before)
    }
}
