import Foundation
import GRDB
import Testing
@testable import Storage

/// The database file is private and writable, or the program does not open it.
@Suite struct FilePrivacyTests {
    @Test func aDatabaseThatOthersCanReadIsRefusedWithTheCommandThatFixesIt() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        _ = try temp.initialized()
        chmod(temp.path, 0o644)
        let refusal = refusal { _ = try temp.open() }
        #expect(refusal?.kind == .unsafePermissions)
        #expect(refusal?.message.contains("权限 0644") == true)
        #expect(refusal?.message.contains("chmod 600 \(temp.path)") == true)
        chmod(temp.path, 0o600)
        #expect(try temp.open().committee() == Fixture.committee)
    }

    @Test func aWALFileThatOthersCanReadIsRefusedToo() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let (database, _) = try temp.initialized()
        #expect(FileManager.default.fileExists(atPath: temp.path + "-wal"))
        chmod(temp.path + "-wal", 0o640)
        let refusal = refusal { _ = try temp.open() }
        #expect(refusal?.kind == .unsafePermissions)
        #expect(refusal?.message.contains("\(temp.path)-wal（权限 0640）") == true)
        _ = database
    }

    @Test func aPathWithSpacesIsQuotedForTheShell() {
        #expect(SafetyText.shellQuoted("/home/王/数据 库.sqlite") == "'/home/王/数据 库.sqlite'")
        #expect(SafetyText.shellQuoted("/tmp/db.sqlite") == "/tmp/db.sqlite")
        #expect(SafetyText.shellQuoted("/tmp/it's") == "'/tmp/it'\\''s'")
    }

    @Test func anExistingFileKeepsItsModeAndANewOneIs0600EvenWithALooseUmask() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let old = umask(0)
        defer { umask(old) }
        _ = try temp.open()
        #expect(FilePrivacy.mode(of: temp.path) == 0o600)
    }

    @Test(.enabled(if: ReadOnlyFile.possible, "needs chmod as a user, or chattr +i as root"))
    func aReadOnlyFileIsRefusedBeforeAnythingIsTyped() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        _ = try temp.initialized()
        try ReadOnlyFile.make(temp.path)
        defer { ReadOnlyFile.undo(temp.path) }
        let refusal = refusal { _ = try temp.open() }
        #expect(refusal?.kind == .readOnly)
        #expect(refusal?.message.contains("数据库文件不能写入：\(temp.path)") == true)
    }

    private func refusal(_ body: () throws -> Void) -> StorageError? {
        do { try body() } catch let error as StorageError { return error } catch {}
        return nil
    }
}

/// Making a file read-only for this process: `chmod 0400` for a user; root ignores modes, so
/// there the file is made immutable with `chattr +i` when the file system allows it.
enum ReadOnlyFile {
    static let possible: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-ro-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: probe, contents: Data())
        defer { undo(probe); unlink(probe) }
        guard (try? make(probe)) != nil else { return false }
        return access(probe, W_OK) != 0
    }()

    static func make(_ path: String) throws {
        if getuid() != 0 {
            chmod(path, 0o400)
        } else {
            guard chattr("+i", path) == 0 else { throw CocoaError(.fileWriteNoPermission) }
        }
    }

    static func undo(_ path: String) {
        if getuid() == 0 { _ = chattr("-i", path) } else { chmod(path, 0o600) }
    }

    private static func chattr(_ flag: String, _ path: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
