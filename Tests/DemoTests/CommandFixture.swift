import ArgumentParser
@testable import AppRuntime
import Domain
import Foundation
import Storage

/// A real database in a folder of its own, with 王秀兰 (书记, PIN 2580) and 李明 (社工, PIN 1357),
/// and the command line run against it the way a script runs it: `--as NAME --pin-fd N`.
struct CommandFixture {
    static let secretaryPin = "2580"
    static let workerPin = "1357"

    let folder: String
    let path: String
    let secretary: Person
    let worker: Person

    init() throws {
        folder = NSTemporaryDirectory() + "cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/baishihui.sqlite"
        let db = try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
        secretary = try db.initialize(committee: Committee(name: "真实居委会", streetOffice: "真实街道"), adminName: "王秀兰",
                                      adminRoles: [.secretary], pin: Self.secretaryPin, at: Date())
        worker = try db.addPerson(name: "李明", roles: [.worker], zone: nil, pin: Self.workerPin, by: secretary.id, at: Date())
    }

    /// The database, opened again (cheap PIN hashing for what the test adds itself).
    func open() throws -> AppDatabase { try AppDatabase.open(path: path, pinHasher: .insecureFastForTests) }

    /// The read end of a pipe that holds `pin` and a line end, for `--pin-fd`.
    static func pinFD(_ pin: String) -> Int32 {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        _ = (pin + "\n").withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        return fds[0]
    }

    /// `arguments` run as the command line runs them, with `--db` this database; true when it ended without an error.
    @discardableResult
    func run(_ arguments: [String]) -> Bool {
        do {
            var command = try BaishihuiCommand.parseAsRoot(arguments + ["--db", path])
            try command.run()
            return true
        } catch {
            return false
        }
    }

    /// `arguments` run by `name` giving `pin` through a pipe.
    @discardableResult
    func run(_ arguments: [String], as name: String, pin: String) -> Bool {
        let fd = Self.pinFD(pin)
        defer { close(fd) }
        return run(arguments + ["--as", name, "--pin-fd", String(fd)])
    }

    /// A file in the folder holding `text`.
    func file(_ name: String, _ text: String) throws -> String {
        let file = folder + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// A reception log of one signed visit by 王秀兰 an hour ago, and the month to export it from.
    func receptionsFile() throws -> (file: String, month: String) {
        let at = Date().addingTimeInterval(-3600)
        let header = "接待时间,接待人,来访居民姓名,楼室号,联系电话,事项类别,咨询内容,办理情况,办理结果,居民签字"
        let row = "\(VisitTime.format(at)),王秀兰,钱阿姨,9号楼901室,13912345678,社区事务,楼道灯坏了,已登记,待回复,是"
        return (try file("rec-\(UUID().uuidString).csv", header + "\n" + row + "\n"), ShanghaiCalendar.month(of: at).description)
    }
}
