import ArgumentParser
@testable import AppRuntime
import Demo
import Domain
import Foundation
import Storage
import Testing

/// Issue #19 on the command line: the reception export says 已答复 and carries the reply as the
/// screens do; every export takes `-o` and says what it wrote; `drill start` and `drill check`
/// agree on where a drill may run, the practice sandbox included.
@Suite(.serialized) struct OneTruthCommandTests {
    let fixture: CommandFixture

    init() throws { fixture = try CommandFixture() }

    /// What `body` printed on standard output, and what it returned.
    static func printed(_ body: () -> Bool) throws -> (ok: Bool, out: String) {
        let path = NSTemporaryDirectory() + "stdout-\(UUID().uuidString)"
        let file = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        fflush(nil)
        let saved = dup(1)
        dup2(file, 1)
        let ok = body()
        fflush(nil)
        dup2(saved, 1)
        close(saved)
        close(file)
        return (ok, try String(contentsOfFile: path, encoding: .utf8))
    }

    @Test("after a reply the export writes 已答复 with the reply and its time, and imports back replied")
    func exportCarriesTheReply() throws {
        let (file, month) = try fixture.receptionsFile()
        #expect(fixture.run(["import", "receptions", file], as: "王秀兰", pin: CommandFixture.secretaryPin))
        let db = try fixture.open()
        let record = try #require(try db.receptions(ReceptionQuery(from: Month(text: month)!.firstDay,
                                                                   through: Month(text: month)!.lastDay, limit: -1)).first)
        let at = Date().addingTimeInterval(-60)
        _ = try db.replyReception(record.id, text: "已报修，明天来修", satisfaction: .satisfied, by: fixture.secretary.id, at: at)
        let out = fixture.folder + "/receptions.csv"
        #expect(fixture.run(["export", "receptions", "--month", month, "-o", out], as: "王秀兰", pin: CommandFixture.secretaryPin))
        let lines = try String(contentsOfFile: out, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix("办理结果,居民签字,答复内容,答复时间,答复人,居民满意度"))
        #expect(lines[1].hasSuffix(",已答复,是,已报修，明天来修,\(VisitTime.format(at)),王秀兰,满意"))
        #expect(!lines[1].contains("待回复"))

        let other = try CommandFixture()
        #expect(other.run(["import", "receptions", out], as: "王秀兰", pin: CommandFixture.secretaryPin))
        let back = try other.open().receptions(ReceptionQuery(from: Month(text: month)!.firstDay, through: Month(text: month)!.lastDay,
                                                              limit: -1))
        #expect(back.map(\.status) == [.replied])
        #expect(back.first?.reply?.text == "已报修，明天来修")
    }

    @Test("every export takes -o and says the path it wrote and how many records",
          arguments: [(["export", "visits", "--month", "2026-11"], 0), (["export", "receptions", "--month", "2026-11"], 0),
                      (["export", "policies"], -1), (["export", "roster", "--month", "2026-11"], 0),
                      (["export", "quiz-results"], 0), (["export", "expenses", "--year", "2026"], 0),
                      (["export", "meetings", "--year", "2026"], 0), (["export", "patrols", "--month", "2026-11"], 0)])
    func everyExportTakesOutput(arguments: [String], rows: Int) throws {
        #expect(ExportCommand.configuration.subcommands.count == 9)
        let path = fixture.folder + "/" + arguments[1] + ".out"
        let secretary = ["visits", "receptions"].contains(arguments[1])
        let (ok, out) = try Self.printed {
            secretary ? fixture.run(arguments + ["-o", path], as: "王秀兰", pin: CommandFixture.secretaryPin)
                      : fixture.run(arguments + ["-o", path])
        }
        #expect(ok)
        #expect(FileManager.default.fileExists(atPath: path))
        let policies = try fixture.open().policies().count
        #expect(out.contains("已写入 \(path)：\(rows < 0 ? policies : rows) 条记录"), "\(out)")
    }

    @Test("export points takes -o too (refused here only because no card is signed)")
    func pointsExportParsesOutput() throws {
        #expect(throws: Never.self) { try BaishihuiCommand.parseAsRoot(["export", "points", "--year", "2026", "-o", "x.csv"]) }
    }

    // MARK: - Drills

    @Test("drill start and drill check both run on the practice sandbox, and both refuse a real database alike")
    func drillStartAndCheckAgree() throws {
        let sandbox = NSTemporaryDirectory() + "drill-sandbox-\(UUID().uuidString).sqlite"
        let practice = try PracticeSandbox.open(path: sandbox, today: ShanghaiCalendar.day(of: Date()))
        let trainee = try #require(try practice.people(includeInactive: false).first(holding: .worker))
        func drill(_ verb: String, db: String, name: String, pin: String) -> Bool {
            let fd = CommandFixture.pinFD(pin)
            defer { close(fd) }
            do {
                var command = try BaishihuiCommand.parseAsRoot(["drill", verb, "visits-elderly-alone", "--db", db, "--as", name,
                                                                 "--pin-fd", String(fd)])
                try command.run()
                return true
            } catch {
                return false
            }
        }
        #expect(drill("start", db: sandbox, name: trainee.name, pin: DemoSettings.pin))
        let started = try practice.drillStatus(trainee: trainee.id)
        #expect(started.keys.contains("visits-elderly-alone") && started["visits-elderly-alone"]! == nil)
        _ = drill("check", db: sandbox, name: trainee.name, pin: DemoSettings.pin)   // not passed: nothing was done
        #expect(try practice.drillStatus(trainee: trainee.id)["visits-elderly-alone"]! == false)

        #expect(try fixture.open().drillRefusal() == DrillGate.notSandbox)
        #expect(!drill("start", db: fixture.path, name: "王秀兰", pin: CommandFixture.secretaryPin))
        #expect(!drill("check", db: fixture.path, name: "王秀兰", pin: CommandFixture.secretaryPin))
        #expect(try fixture.open().drillStatus(trainee: fixture.secretary.id).isEmpty)
    }
}
