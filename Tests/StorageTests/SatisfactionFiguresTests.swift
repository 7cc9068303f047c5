import Domain
import Foundation
import Testing
@testable import Storage

/// The satisfaction figures (`report satisfaction`): each source counted on its own, by the day
/// of the record or question, and a record read back with the resident's rating from the screen.
@Suite struct SatisfactionFiguresTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    /// Friday 2024-03-01 09:00 in Shanghai.
    let now = Fixture.start
    let march = SatisfactionPeriod(month: Month(year: 2024, month: 3)!)

    init() throws { fixture = try DatabaseFixture() }

    func record(at: Date, waiting: Bool = false) throws -> ReceptionRecord {
        let draft = ReceptionDraft(at: at, residentName: "刘阿婆", room: "1号101", category: "咨询", question: "低保",
                                   outcome: waiting ? .awaitingReply : .done,
                                   department: waiting ? "街道" : "", replyDue: waiting ? ShanghaiCalendar.day(of: at).adding(days: 5) : nil)
        return try db.addReception(draft, by: fixture.admin.id, at: at)
    }

    func rate(_ r: ReceptionRecord, _ level: KioskRatingLevel, _ reason: String? = nil) throws {
        try db.rateReception(KioskRating(receptionID: r.id, level: level, reason: reason), at: now.addingTimeInterval(600))
    }

    @Test func eachSourceIsItsOwnRowCountedByTheDayOfItsRecord() throws {
        let a = try record(at: now), b = try record(at: now.addingTimeInterval(60)), c = try record(at: now, waiting: true)
        _ = try record(at: now)
        let february = try record(at: now.addingTimeInterval(-2 * 86_400))
        try rate(a, .satisfied); try rate(b, .dissatisfied, "态度不好"); try rate(february, .satisfied)
        _ = try db.replyReception(c.id, text: "已联系街道", satisfaction: .fairlySatisfied, by: fixture.admin.id, at: now)
        _ = try db.addOnlineReply(OnlineReplyDraft(receivedAt: now, channel: "云平台", question: "垃圾房", answer: "已处理",
                                                   answererID: fixture.admin.id, answeredAt: now, satisfied: false),
                                  by: fixture.admin.id, at: now)
        _ = try db.addOnlineReply(OnlineReplyDraft(receivedAt: now, channel: "云平台", question: "停车"), by: fixture.admin.id, at: now)
        let rows = try db.satisfactionFigures(march).rows
        #expect(rows.map(\.source) == SatisfactionSource.allCases)
        #expect(rows[0].considered == 4 && rows[0].counts == [.satisfied: 1, .unsatisfied: 1], "February's rating is not March's")
        #expect(rows[0].rateText == "50.0%")
        #expect(rows[1].considered == 1 && rows[1].counts == [.fairlySatisfied: 1] && rows[1].rateText == "100.0%")
        #expect(rows[2].considered == 1 && rows[2].counts == [.unsatisfied: 1], "an unanswered question is not counted")
        #expect(rows[2].cell(.fairlySatisfied) == "—" && rows[2].rateText == "0.0%")
    }

    @Test func aPeriodWithNothingHasEmptyRowsAndNoRate() throws {
        _ = try record(at: now)
        let rows = try db.satisfactionFigures(SatisfactionPeriod(year: 2023)!).rows
        #expect(rows.allSatisfy { $0.considered == 0 && $0.rated == 0 && $0.rateText == "—" })
    }

    @Test func theRecordReadsBackWithTheResidentsRatingAndOnlyItsOwn() throws {
        let rated = try record(at: now), other = try record(at: now)
        try rate(rated, .fairlySatisfied, "等候时间长")
        let back = try #require(try db.reception(id: rated.id))
        #expect(back.rating == ResidentRating(level: .fairlySatisfied, reason: "等候时间长", at: now.addingTimeInterval(600)))
        #expect(try db.reception(id: other.id)?.rating == nil)
    }
}
