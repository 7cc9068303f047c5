import Domain
import Foundation
import Testing
@testable import Storage

/// Issue #19, "one truth": an exported reception log carries each reply and imports back with it
/// (已答复 is the status every screen shows); the points card's visit evidence counts 户 as the rule does.
@Suite struct OneTruthStorageTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    let rules = try! RuleBook.bundled().ruleSets.last!
    let calendar = try! WorkingDayCalendar.bundled()
    let now = ReceptionStorageTests.at("2026-11-28", hour: 12)

    init() throws { fixture = try DatabaseFixture() }

    static let header = (ReceptionImport.headerWithReply).joined(separator: ",") + "\n"

    func parse(_ body: String, header: String = Self.header) -> Result<[ReceptionImport.Row], StaffImportFailure> {
        ReceptionImport.parse(header + body, now: now, calendar: calendar, rules: rules)
    }

    @Test("a 已答复 row imports as a 待回复 record with its reply: text, time, replier, satisfaction")
    func repliedRowImportsWithItsReply() throws {
        let rows = try parse("2026-11-26 09:30,王书记,李阿婆,3号楼101室,,社区事务,楼道灯坏了,已登记,已答复,是,已报修,2026-11-27 15:00,王书记,满意\n"
                             + "2026-11-27 10:00,王书记,张桂英,,,社会救助,低保,已告知,待回复,否,,,,\n").get()
        let added = try db.importReceptions(rows, by: admin.id, at: now, dryRun: false)
        #expect(added[0].status == .replied && added[0].content.outcome == .awaitingReply)
        #expect(added[0].reply?.text == "已报修" && added[0].reply?.byName == "王书记" && added[0].reply?.satisfaction == .satisfied)
        #expect(added[0].reply.map { VisitTime.format($0.at) } == "2026-11-27 15:00")
        #expect(!added[0].awaitsReply)
        #expect(added[1].status == .outcome(.awaitingReply) && added[1].reply == nil && added[1].awaitsReply)
    }

    @Test("a reply is refused on a row that is not 已答复, needed on one that is, and its time and replier are checked")
    func replyColumnsAreChecked() throws {
        let failure = parse("2026-11-26 09:30,王书记,甲,,,社区事务,问,,当场办结,是,答了,2026-11-27 15:00,王书记,满意\n"
                            + "2026-11-26 09:30,王书记,乙,,,社区事务,问,,已答复,是,,,,\n"
                            + "2026-11-26 09:30,王书记,丙,,,社区事务,问,,已答复,是,答了,2026-11-25 15:00,王书记,满意\n"
                            + "2026-11-26 09:30,王书记,丁,,,社区事务,问,,已答复,是,答了,2026-11-27 15:00,王书记,还行\n")
        guard case .failure(let f) = failure else { Issue.record("accepted"); return }
        #expect(f.problems.map(\.line) == [2, 3, 4, 5])
        #expect(f.problems[0].message == ReceptionImport.Text.replyOnlyWhenReplied)
        #expect(f.problems[1].message == ReceptionImport.Text.replyNeeded)
        #expect(f.problems[2].message.contains("不早于接待时间"))
        #expect(f.problems[3].message.contains("满意度"))
        let plain = parse("2026-11-26 09:30,王书记,乙,,,社区事务,问,,已答复,是\n", header: ReceptionImportTests.receptionHeader)
        guard case .failure(let p) = plain else { Issue.record("accepted"); return }
        #expect(p.problems.first?.message == ReceptionImport.Text.replyNeeded)
        let stranger = try parse("2026-11-26 09:30,王书记,甲,,,社区事务,问,,已答复,是,答了,2026-11-27 15:00,无名氏,满意\n").get()
        let error = #expect(throws: StaffImportFailure.self) { try db.importReceptions(stranger, by: admin.id, at: now, dryRun: false) }
        #expect(error?.problems.first?.message == "答复人“无名氏”不在人员名单中（或已停用）")
        #expect(try db.receptions(ReceptionQuery(from: LocalDate(iso: "2026-11-01")!, through: LocalDate(iso: "2026-11-30")!, limit: -1)).isEmpty)
    }

    @Test("the visit item's evidence counts households (户), as the rule does, and says the visits when there are more")
    func visitEvidenceSaysHouseholds() throws {
        let worker = try db.addWorker("李明", by: admin)
        let late = ReceptionStorageTests.at("2026-11-30", hour: 22)
        for (day, room) in [("2026-11-03", "1号楼101室"), ("2026-11-10", "2号楼101室"), ("2026-11-17", "1号楼101室")] {
            let draft = VisitDraft(at: ReceptionStorageTests.at(day, hour: 10), residentName: "张阿姨", room: room, members: "",
                                   reason: "日常走访", kind: .general)
            _ = try db.addVisit(draft, by: worker.id, at: late, addHousehold: room == "2号楼101室" || day == "2026-11-03")
        }
        let card = try db.pointsCard(worker: worker.id, month: Month(year: 2026, month: 11)!, now: late, rules: rules)
        let visits = try #require(card.lines.first { $0.item == .visits })
        #expect(visits.claim == .households(2))
        #expect(visits.evidence == "《居民区走访记录》2 户（走访 3 次）")
    }
}
