import Domain
import Foundation
import Testing
@testable import Storage

/// Meetings through the real migrator (`v36-meetings-decisions`): kept with their people and
/// numbered decisions, never changed, imported all or nothing, and the decision a deduction cites.
@Suite struct MeetingStorageTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let november = Month(year: 2026, month: 11)!
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    /// 2026-11-30 22:00 in Shanghai.
    let late = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 11, day: 30)!).addingTimeInterval(22 * 3600)

    init() throws { fixture = try DatabaseFixture() }

    func board(_ day: Int, attendees: [String], kind: MeetingKind = .committeeBoard) -> Meeting {
        Meeting(kind: kind, date: LocalDate(year: 2026, month: 11, day: day)!, place: "居委会会议室", topic: "居民投诉的处理",
                attendees: attendees, outsideParties: ["物业公司", "业委会"], decisions: Meeting.numbered(["李明扣 3 分", "物业一周内整改"]))
    }

    @Test func aMeetingIsKeptWithItsPeopleAndDecisionsAndAnAuditRow() throws {
        let director = try db.addPerson(name: "李主任", roles: [.director], zone: nil, pin: nil, by: admin.id, at: Fixture.start)
        let saved = try db.recordMeeting(board(20, attendees: [admin.name, director.name]), rules: rules, by: admin.id, at: late)
        #expect(saved.id > 0)
        #expect(try db.meetings(year: 2026) == [saved])
        #expect(try db.meetings(year: 2025).isEmpty)
        #expect(try db.decisionCitation("#\(saved.id)-2").text == "物业一周内整改")
        #expect(try db.meetingsSince() == november)
        #expect(try db.rawInt("SELECT count(*) FROM audit_log WHERE action = 'meeting.record'") == 1)
        #expect(try db.verifyAuditChain().isIntact)
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE meeting_decision SET text = '改了'") }
        #expect(throws: (any Error).self) { try db.rawWrite("DELETE FROM meeting_attendee") }
    }

    @Test func strangersAWorkerAndATooSmallBoardAreRefusedAndNothingIsKept() throws {
        let worker = try db.addWorker("李明", by: admin)
        #expect(storageErrorKind { try db.recordMeeting(board(20, attendees: [admin.name, "外人"]), rules: rules, by: admin.id, at: late) } == .invalidInput)
        #expect(storageErrorKind { try db.recordMeeting(board(20, attendees: [admin.name]), rules: rules, by: admin.id, at: late) } == .invalidInput)
        #expect(storageErrorKind { try db.recordMeeting(board(20, attendees: [admin.name, worker.name]), rules: rules, by: worker.id, at: late) } == .notPermitted)
        #expect(try db.rawInt("SELECT count(*) FROM meeting") == 0)
    }

    @Test func aDeductionCitesABoardDecisionAndWithoutOneIsRefused() throws {
        let worker = try db.addWorker("李明", by: admin)
        let add = { (record: String) in
            try db.addPointsLine(PointsLine(.complaint, .deduction(-30), evidence: "", meetingRecord: record), worker: worker.id,
                                 month: november, by: admin.id, at: late, rules: rules)
        }
        let reps = try db.recordMeeting(board(18, attendees: [admin.name, worker.name], kind: .residentRepresentatives), rules: rules, by: admin.id, at: late)
        #expect(storageErrorKind { _ = try add("2026-11-20 班子会议记录") } == .invalidInput, "meetings are kept from November: typed is refused")
        #expect(storageErrorKind { _ = try add("#\(reps.id)-1") } == .invalidInput, "a 居民代表会议 is no 班子会议")
        #expect(storageErrorKind { _ = try add("#99-1") } == .notFound)
        let kept = try db.recordMeeting(board(20, attendees: [admin.name, worker.name]), rules: rules, by: admin.id, at: late)
        let id = try add("#\(kept.id)-1")
        #expect(try db.rawInt("SELECT decision_id FROM points_entry WHERE id = ?", [id]) != nil)
        let card = try db.pointsCard(worker: worker.id, month: november, now: late, rules: rules)
        let line = try #require(card.lines.first { $0.item == .complaint })
        #expect(line.decision?.code == "#\(kept.id)-1" && line.meetingRecord == nil && line.basis?.contains("居委会班子会议决定") == true)
    }

    @Test func aTypedRecordStandsForAMonthBeforeTheMeetingsWereKept() throws {
        let worker = try db.addWorker("李明", by: admin)
        _ = try db.recordMeeting(board(20, attendees: [admin.name, worker.name]), rules: rules, by: admin.id, at: late)
        let october = Month(year: 2026, month: 10)!
        try db.addPointsLine(PointsLine(.complaint, .deduction(-30), evidence: "", meetingRecord: "2026-10-12 班子会议记录"),
                             worker: worker.id, month: october, by: admin.id, at: late, rules: rules)
        #expect(try db.rawInt("SELECT count(*) FROM points_entry WHERE decision_id IS NULL") == 1)
    }

    @Test func anImportIsAllOrNothingWithTheLineOfEachProblem() throws {
        let header = MeetingImport.header.joined(separator: ",")
        let good = "2026-11-20,班子会议,居委会会议室,投诉处理,\(admin.name)、李明,物业公司,扣 3 分；物业整改"
        let bad = "2026-11-21,茶话会,活动室,迎新,\(admin.name),,"
        _ = try db.addWorker("李明", by: admin)
        let failed = MeetingImport.parse("\u{FEFF}\(header)\n\(good)\n\(bad)\n")
        guard case .failure(let failure) = failed else { Issue.record("茶话会 is no kind"); return }
        #expect(failure.problems.map(\.line) == [3])
        let rows = try MeetingImport.parse("\(header)\n\(good)\n2026-11-22,例会,会议室,周例会,外人,,\n").get()
        #expect(throws: StaffImportFailure.self) { try db.importMeetings(rows, rules: rules, by: admin.id, at: late, dryRun: false) }
        #expect(try db.rawInt("SELECT count(*) FROM meeting") == 0)
        let one = try MeetingImport.parse("\(header)\n\(good)\n").get()
        #expect(try db.importMeetings(one, rules: rules, by: admin.id, at: late, dryRun: false) == 1)
        #expect(try db.meetings(year: 2026).first?.decisions.map(\.text) == ["扣 3 分", "物业整改"])
    }
}
