import Domain
import Foundation
import Testing
@testable import Storage

/// Patrols through the real migrator (`v37-patrols-findings`): kept with their people, zone and
/// findings, a finding closed once as a row of its own, imports all or nothing.
@Suite struct PatrolStorageTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let november = Month(year: 2026, month: 11)!
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    let late = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 11, day: 30)!).addingTimeInterval(22 * 3600)
    let day = LocalDate(year: 2026, month: 11, day: 10)!

    init() throws { fixture = try DatabaseFixture() }

    func patrol(_ findings: [PatrolFinding], zone: String = "一片", by people: [String] = ["李明"]) -> Patrol {
        Patrol(date: day, patrollers: people, zone: zone, buildings: "5号楼", findings: findings)
    }

    let blocked = PatrolFinding(category: .fireSafety, place: "5号楼楼道", problem: "电瓶车充电占用通道",
                                handling: .gridCentre(caseNumber: "PT2026-118"))
    let litter = PatrolFinding(category: .environment, place: "5号楼门口", problem: "垃圾散落", handling: .onTheSpot)

    @Test func aPatrolIsKeptAndItsFindingHandedToTheGridCentreIsClosedOnce() throws {
        let worker = try db.addWorker("李明", by: admin)
        let saved = try db.recordPatrol(patrol([blocked, litter]), rules: rules, by: worker.id, at: late)
        #expect(try db.patrols(month: november) == [saved])
        #expect(saved.findings[1].closure?.outcome == "当场处理" && saved.findings[0].isOpen)
        #expect(try db.patrolsWithOpenFindings().map(\.id) == [saved.id])
        let id = saved.findings[0].id
        let done = FindingClosure(date: LocalDate(year: 2026, month: 11, day: 20)!, outcome: "网格中心已清理通道")
        try db.closeFinding(id, done, by: worker.id, at: late)
        #expect(try db.patrols(month: november).first?.findings[0].closure == done)
        #expect(try db.patrolsWithOpenFindings().isEmpty)
        #expect(storageErrorKind { try db.closeFinding(id, done, by: worker.id, at: late) } == .notPermitted)
        #expect(try db.rawInt("SELECT count(*) FROM audit_log WHERE action LIKE 'patrol.%'") == 2)
        #expect(try db.verifyAuditChain().isIntact)
        #expect(throws: (any Error).self) { try db.rawWrite("DELETE FROM finding_closure") }
    }

    @Test func anUnknownZoneAStrangerAndAMissingCaseNumberAreRefused() throws {
        _ = try db.addWorker("李明", by: admin)
        #expect(storageErrorKind { try db.recordPatrol(patrol([]), rules: rules, by: admin.id, at: late) } == nil)
        #expect(storageErrorKind { try db.recordPatrol(patrol([], zone: "九片"), rules: rules, by: admin.id, at: late) } == .invalidInput)
        #expect(storageErrorKind { try db.recordPatrol(patrol([], by: ["外人"]), rules: rules, by: admin.id, at: late) } == .invalidInput)
        var noCase = blocked
        noCase.handling = .gridCentre(caseNumber: "")
        #expect(storageErrorKind { try db.recordPatrol(patrol([noCase]), rules: rules, by: admin.id, at: late) } == .invalidInput)
        var toMeeting = blocked
        toMeeting.handling = .meeting(99)
        #expect(storageErrorKind { try db.recordPatrol(patrol([toMeeting]), rules: rules, by: admin.id, at: late) } == .notFound)
        #expect(try db.rawInt("SELECT count(*) FROM patrol") == 1)
    }

    @Test func anImportGroupsRowsIntoPatrolsAllOrNothing() throws {
        _ = try db.addWorker("李明", by: admin)
        let header = PatrolImport.header.joined(separator: ",")
        let rows = [
            "2026-11-10,李明,一片,5号楼,消防安全,5号楼楼道,电瓶车充电,转街镇网格化管理中心,PT2026-118,2026-11-20,已清理",
            "2026-11-10,李明,一片,5号楼,小区环境,5号楼门口,垃圾散落,当场处理,,,",
            "2026-11-12,李明,一片,,,,,,,,",
        ]
        let parsed = try PatrolImport.parse("\u{FEFF}" + ([header] + rows).joined(separator: "\n")).get()
        #expect(parsed.map(\.line) == [2, 4] && parsed[0].patrol.findings.count == 2 && parsed[1].patrol.findings.isEmpty)
        let bad = PatrolImport.parse(([header, rows[0], "2026-11-11,李明,一片,,火灾,楼道,杂物,当场处理,,,"]).joined(separator: "\n"))
        guard case .failure(let failure) = bad else { Issue.record("火灾 is no category"); return }
        #expect(failure.problems.map(\.line) == [3])
        let stranger = try PatrolImport.parse([header, rows[0], "2026-11-12,外人,一片,,,,,,,,"].joined(separator: "\n")).get()
        #expect(throws: StaffImportFailure.self) { try db.importPatrols(stranger, rules: rules, by: admin.id, at: late, dryRun: false) }
        #expect(try db.rawInt("SELECT count(*) FROM patrol") == 0)
        #expect(try db.importPatrols(parsed, rules: rules, by: admin.id, at: late, dryRun: false) == 2)
        #expect(try db.patrols(month: november).first?.findings.first?.closure?.outcome == "已清理")
    }
}
