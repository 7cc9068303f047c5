import ArgumentParser
@testable import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// Every writing command names who is acting (`--as`) and proves it with that person's PIN
/// (`--pin-fd` for scripts), through the screen's own login and lockout.
@Suite(.serialized) struct ActingPersonTests {
    let fixture: CommandFixture

    init() throws { fixture = try CommandFixture() }

    func staffFile() throws -> String { try fixture.file("staff-\(UUID().uuidString).csv", "姓名,角色,片区\n张伟,社工,一片\n") }

    @Test("a writing command without --as, or with a name not on the list, refuses and writes nothing")
    func nobodyIsRefused() throws {
        let before = try fixture.open().contentDigest()
        let (receptions, _) = try fixture.receptionsFile()
        #expect(!fixture.run(["import", "staff", try staffFile()]))
        #expect(!fixture.run(["import", "receptions", receptions]))
        #expect(!fixture.run(["import", "staff", try staffFile()], as: "不存在", pin: "2580"))
        #expect(try fixture.open().contentDigest() == before)
    }

    @Test("with the right PIN on --pin-fd the import is recorded in that person's name")
    func rightPinActs() throws {
        #expect(fixture.run(["import", "staff", try staffFile()], as: "王秀兰", pin: CommandFixture.secretaryPin))
        let db = try fixture.open()
        #expect(try db.people(includeInactive: false).contains { $0.name == "张伟" })
        let added = try #require(try db.auditEntries(limit: 1).first)
        #expect(added.action == "person.add" && added.actorID == fixture.secretary.id)
        let (receptions, _) = try fixture.receptionsFile()
        #expect(fixture.run(["import", "receptions", receptions], as: "王秀兰", pin: CommandFixture.secretaryPin))
        #expect(try db.auditEntries(limit: 1).first?.actorID == fixture.secretary.id)
    }

    @Test("a person without the role the action needs is refused although the PIN is right")
    func roleIsChecked() throws {
        let before = try fixture.open().contentDigest()
        #expect(!fixture.run(["import", "staff", try staffFile()], as: "李明", pin: CommandFixture.workerPin))
        #expect(!fixture.run(["report", "views"], as: "李明", pin: CommandFixture.workerPin))
        #expect(try fixture.open().contentDigest() == before)
    }

    @Test("wrong PINs on --pin-fd count towards the screen's lockout: after five even the right PIN is refused")
    func wrongPinsLockOut() throws {
        for _ in 1...5 {
            #expect(!fixture.run(["import", "staff", try staffFile()], as: "王秀兰", pin: "0000"))
        }
        let db = try fixture.open()
        #expect(try db.auditEntries(limit: 1).first?.action == "login.lockout")
        #expect(!fixture.run(["import", "staff", try staffFile()], as: "王秀兰", pin: CommandFixture.secretaryPin))
        #expect(try db.people(includeInactive: true).contains { $0.name == "张伟" } == false)
        guard case .locked = try db.verifyLogin(personID: fixture.secretary.id, pin: CommandFixture.secretaryPin, now: Date()) else {
            Issue.record("the screen's login should be locked too")
            return
        }
    }

    @Test("restore replaces the database only for a 书记 of it whose PIN is right")
    func restoreNamesASecretary() throws {
        let backup = fixture.folder + "/copy.sqlite"
        try fixture.open().backup(to: backup)
        #expect(fixture.run(["import", "staff", try staffFile()], as: "王秀兰", pin: CommandFixture.secretaryPin))
        #expect(!fixture.run(["restore", backup]))
        #expect(!fixture.run(["restore", backup], as: "李明", pin: CommandFixture.workerPin))
        #expect(!fixture.run(["restore", backup], as: "王秀兰", pin: "0000"))
        #expect(try fixture.open().people(includeInactive: true).contains { $0.name == "张伟" })
        #expect(fixture.run(["restore", backup], as: "王秀兰", pin: CommandFixture.secretaryPin))
        #expect(try fixture.open().people(includeInactive: true).contains { $0.name == "张伟" } == false)
    }

    @Test("the PIN is read from the descriptor's first line, whatever line end it has")
    func readsOneLine() throws {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        _ = "123456\r\nrest".withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        defer { close(fds[0]) }
        #expect(try PinReader.read(fd: fds[0]) == "123456")
        #expect(throws: PinReader.Failure.unreadableFD(-1)) { try PinReader.read(fd: -1) }
    }
}
