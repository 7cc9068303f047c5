import ArgumentParser
@testable import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// Exports and reports never overwrite the database or an existing file, are written 0600
/// through a rename, end with the audit chain's head, and an export of residents' data is audited.
@Suite(.serialized) struct ExportSafetyTests {
    let fixture: CommandFixture

    init() throws { fixture = try CommandFixture() }

    /// Mode bits of the file at `path` (not following a symbolic link).
    func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test("export -o onto the database, its -wal, -shm or a backup is refused, even with --force, and the database stays whole")
    func neverOntoTheDatabase() throws {
        let db = try fixture.open()
        let before = try db.contentDigest()
        try FileManager.default.createDirectory(atPath: fixture.path + ".backups", withIntermediateDirectories: true)
        try db.backup(to: fixture.path + ".backups/2026-12-01.sqlite")
        let link = fixture.folder + "/link.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fixture.path)
        for target in [fixture.path, fixture.path + "-wal", fixture.path + "-shm", fixture.path + ".backups/2026-12-01.sqlite",
                       fixture.folder + "/./baishihui.sqlite", link] {
            for force in [[], ["--force"]] {
                #expect(!fixture.run(["export", "receptions", "--month", "2026-11", "-o", target] + force,
                                     as: "王秀兰", pin: CommandFixture.secretaryPin), "\(target) \(force)")
                #expect(!fixture.run(["export", "quiz-results", "-o", target] + force), "\(target) \(force)")
            }
        }
        #expect(try fixture.open().contentDigest() == before)
        #expect(try fixture.open().verifyAuditChain().isIntact)
    }

    @Test("an existing file is kept unless --force; then it is replaced by a new 0600 file, a symbolic link replaced, not followed")
    func existingFilesNeedForce() throws {
        let existing = try fixture.file("old.txt", "旧内容")
        chmod(existing, 0o644)
        #expect(!fixture.run(["export", "quiz-results", "-o", existing]))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "旧内容")
        #expect(fixture.run(["export", "quiz-results", "-o", existing, "--force"]))
        #expect(try String(contentsOfFile: existing, encoding: .utf8).contains("学员,试卷"))
        #expect(mode(existing) == 0o600)

        let victim = try fixture.file("victim.txt", "别人的文件")
        let link = fixture.folder + "/report.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        #expect(!fixture.run(["export", "quiz-results", "-o", link]))
        #expect(fixture.run(["export", "quiz-results", "-o", link, "--force"]))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "别人的文件")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil, "the link itself is replaced")
        #expect(mode(link) == 0o600)

        let fresh = fixture.folder + "/new.csv"
        #expect(fixture.run(["export", "quiz-results", "-o", fresh]))
        #expect(mode(fresh) == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder).filter { $0.hasPrefix(".") }
        #expect(leftovers == [])
    }

    @Test("an export of residents' data names who, what and how many rows in the audit log, never the data")
    func exportsAreAudited() throws {
        let (file, month) = try fixture.receptionsFile()
        #expect(fixture.run(["import", "receptions", file], as: "王秀兰", pin: CommandFixture.secretaryPin))
        #expect(!fixture.run(["export", "receptions", "--month", month, "-o", fixture.folder + "/none.csv"]))
        let out = fixture.folder + "/out.csv"
        #expect(fixture.run(["export", "receptions", "--month", month, "-o", out], as: "李明", pin: CommandFixture.workerPin))
        let db = try fixture.open()
        let entry = try #require(try db.exportLog().first)
        #expect(entry.who == "李明" && entry.what == "receptions" && entry.rows == 1 && entry.destination == out)
        let last = try #require(try db.auditEntries(limit: 1).first)
        #expect(last.action == "export.receptions" && last.actorID == fixture.worker.id)
        #expect(!last.detail.contains("钱阿姨") && !last.detail.contains("13912345678") && !last.detail.contains("9号楼901室"))   // the room, not a 901 that a temporary folder name may hold
    }

    @Test("every report and export ends with the chain head; the exported CSVs import again as they were")
    func chainHeadAndRoundTrip() throws {
        let (file, month) = try fixture.receptionsFile()
        #expect(fixture.run(["import", "receptions", file], as: "王秀兰", pin: CommandFixture.secretaryPin))
        let out = fixture.folder + "/receptions.csv"
        #expect(fixture.run(["export", "receptions", "--month", month, "-o", out], as: "王秀兰", pin: CommandFixture.secretaryPin))
        let head = try fixture.open().auditChainHead()
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasSuffix(head.reportLine + "\r\n"))
        for (name, arguments) in [("funds.txt", ["report", "funds", "--year", String(month.prefix(4))]),
                                  ("funds.csv", ["report", "funds", "--year", String(month.prefix(4)), "--format", "csv"]),
                                  ("roster.csv", ["export", "roster", "--month", month]),
                                  ("policies.toml", ["export", "policies"])] {
            let path = fixture.folder + "/" + name
            #expect(fixture.run(arguments + ["-o", path]), "\(name)")
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(written.contains(try fixture.open().auditChainHead().reportLine), "\(name)")
        }

        let other = try CommandFixture()
        #expect(other.run(["import", "receptions", out], as: "王秀兰", pin: CommandFixture.secretaryPin))
        #expect(other.run(["import", "policies", fixture.folder + "/policies.toml"], as: "王秀兰", pin: CommandFixture.secretaryPin))
        let imported = try other.open().receptions(ReceptionQuery(from: ShanghaiCalendar.day(of: Date()).adding(days: -40),
                                                                  through: ShanghaiCalendar.day(of: Date()), limit: -1))
        #expect(imported.map(\.content.residentName) == ["钱阿姨"])
    }
}
