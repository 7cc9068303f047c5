import Domain
import Foundation
import Testing
@testable import Storage

/// The reception and online-reply imports: every bad row reported with its line and a Chinese
/// reason, nothing written unless every row is good, an unknown worker an error on its row.
@Suite struct ReceptionImportTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    let rules = try! RuleBook.bundled().ruleSets.last!
    let calendar = try! WorkingDayCalendar.bundled()
    let now = ReceptionStorageTests.at("2026-11-28", hour: 12)

    init() throws { fixture = try DatabaseFixture() }

    static let receptionHeader = "接待时间,接待人,来访居民姓名,楼室号,联系电话,事项类别,咨询内容,办理情况,办理结果,居民签字\n"

    func receptions(_ body: String) -> Result<[ReceptionImport.Row], StaffImportFailure> {
        ReceptionImport.parse(Self.receptionHeader + body, now: now, calendar: calendar, rules: rules)
    }

    @Test func goodRowsImportWithTheirSignatureAndDueDate() throws {
        let rows = try receptions("2026-11-27 09:30,王书记,张桂英,12号楼301室,13812341234,社会救助,低保怎么申请,已告知材料,当场办结,是\n"
                                  + "2026-11-27 10:00,王书记,李阿婆,3号楼101室,,社区事务,楼道灯坏了,已登记,待回复,否\n").get()
        let added = try db.importReceptions(rows, by: admin.id, at: now, dryRun: false)
        #expect(added.map(\.isSigned) == [true, false])
        #expect(added[1].content.replyDue == LocalDate(iso: "2026-12-02"))
        #expect(try db.rawString("SELECT action FROM audit_log WHERE action = 'reception.import'") == "reception.import")
    }

    @Test func everyBadRowIsReportedByLineAndNothingIsWritten() throws {
        let failure = receptions("2026-11-27 9点,王书记,张桂英,,,社会救助,问,,当场办结,是\n"
                                 + "2026-11-27 09:30,王书记,张桂英,,,社会救助,问,,办完了,是\n"
                                 + "2026-11-27 09:30,王书记,张桂英,,,社会救助,问,,当场办结,签了\n")
        guard case .failure(let f) = failure else { Issue.record("accepted"); return }
        #expect(f.problems.map(\.line) == [2, 3, 4])
        #expect(f.problems[1].message == "办理结果“办完了”应为 当场办结、转办、预约、待回复、已答复 之一")
        let rows = try receptions("2026-11-27 09:30,无名氏,张桂英,,,社会救助,问,,当场办结,是\n").get()
        #expect(throws: StaffImportFailure.self) { _ = try db.importReceptions(rows, by: admin.id, at: now, dryRun: false) }
        #expect(try db.receptions(ReceptionQuery()).isEmpty)
    }

    @Test func repliesImportAndAnUnknownAnswererIsAnErrorOnItsRow() throws {
        let header = "收到时间,渠道,问询内容,答复内容,答复人,答复时间,是否满意\n"
        let good = try OnlineReplyImport.parse(header + "2026-11-27 09:00,云平台,几点开门,八点,王书记,2026-11-27 10:00,是\n"
                                              + "2026-11-27 11:00,移动端,停车位,,,,\n").get()
        let added = try db.importOnlineReplies(good, by: admin.id, at: now, dryRun: false)
        #expect(added.map(\.answererName) == ["王书记", ""] && added[0].content.satisfied == true)
        let bad = try OnlineReplyImport.parse(header + "2026-11-27 09:00,云平台,几点开门,八点,无名氏,2026-11-27 10:00,是\n").get()
        #expect(throws: StaffImportFailure.self) { _ = try db.importOnlineReplies(bad, by: admin.id, at: now, dryRun: false) }
        guard case .failure(let f) = OnlineReplyImport.parse(header + "2026-11-27 09:00,云平台,几点开门,八点,王书记,,是\n") else {
            Issue.record("a half answer was accepted"); return
        }
        #expect(f.problems.first?.line == 2 && f.problems.first?.message == "答复内容、答复人和答复时间须一并填写")
        #expect(try db.onlineReplies().count == 2)
    }

    @Test func repliesReceivedOrAnsweredLaterThanNowOrBeforeTheStandardAreRefused() throws {
        let header = "收到时间,渠道,问询内容,答复内容,答复人,答复时间,是否满意\n"
        let rows = try OnlineReplyImport.parse(header + "2026-11-29 09:00,云平台,几点开门,,,,\n"
                                               + "2026-11-27 09:00,云平台,几点开门,八点,王书记,2026-12-01 10:00,是\n").get()
        let failure = try #require(throws: StaffImportFailure.self) {
            _ = try db.importOnlineReplies(rows, by: admin.id, at: now, dryRun: false)
        }
        #expect(failure.problems.map(\.line) == [2, 3])
        #expect(failure.problems[0].message.hasPrefix("收到时间 2026-11-29 09:00 晚于现在"))
        #expect(failure.problems[1].message.hasPrefix("答复时间 2026-12-01 10:00 晚于现在"))
        #expect(try db.onlineReplies().isEmpty)
        let early = OnlineReplyImport.parse(header + "2016-12-31 09:00,云平台,几点开门,,,,\n")
        #expect(early.failureValue?.problems.first?.message.contains("早于 2017-01-01") == true)
    }
}
