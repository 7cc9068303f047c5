import Domain
import Foundation
import Testing
@testable import Storage

/// The touch screen's storage (`v34-kiosk-profile-notices-ratings`): what it reads, a booking
/// without a worker, one rating per record that reveals nothing, and what only the 书记 keeps.
@Suite struct KioskStorageTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let calendar = try! WorkingDayCalendar.bundled()
    var db: AppDatabase { fixture.database }
    /// Friday 2024-03-01 09:00 in Shanghai.
    let now = Fixture.start

    init() throws {
        fixture = try DatabaseFixture()
        let hours = ServiceHours(office: span("08:30-17:00"), weekend: span("09:00-11:00"), weekendDays: [.saturday])
        try fixture.database.publishServiceHours(hours, rules: rules, by: fixture.admin.id, at: Fixture.start)
    }

    func span(_ text: String) -> TimeSpan { try! TimeSpan.parse(text).get() }

    @Test func theSnapshotSaysTheDayTheHoursInForceAndTheFreeSlots() throws {
        let snapshot = try #require(try db.kioskSnapshot(now: now, calendar: calendar))
        #expect(snapshot.committee == Fixture.committee.name && snapshot.isWorkingDay)
        #expect(snapshot.hoursLine == "现在是服务时间：平时（工作日） 08:30-17:00")
        #expect(snapshot.openSlots.first?.title == "03-01 周五 09:30-10:00", "09:00 has begun: the next half hour")
        #expect(snapshot.openSlots.count == AppDatabase.kioskSlotLimit)
        #expect(!snapshot.guide.items.isEmpty, "the shipped library")
    }

    @Test func aBookingAtTheScreenLandsInTheAppointmentsWithNoWorkerAndTheSlotIsGone() throws {
        let slot = try #require(try db.kioskSnapshot(now: now, calendar: calendar)?.openSlots.first)
        let booked = try db.bookFromKiosk(name: "刘阿婆", phone: "13812345678", slot: slot, calendar: calendar, rules: rules, at: now)
        let (all, _) = try db.appointments(from: slot.date, through: slot.date)
        #expect(all == [booked] && booked.draft.matter == KioskText.bookingMatter)
        #expect(try db.rawInt("SELECT count(*) FROM appointment WHERE booked_by IS NULL") == 1)
        let entry = try #require(try db.auditEntries(limit: 1).first)
        #expect(entry.action == "appointment.book" && !entry.detail.contains("13812345678"))
        #expect(try db.verifyAuditChain().isIntact)
        #expect(try db.kioskSnapshot(now: now, calendar: calendar)?.openSlots.first != slot, "a booked slot is no longer offered")
        #expect(throws: StorageError.self) {
            try db.bookFromKiosk(name: "张三", phone: "13900000000", slot: slot, calendar: calendar, rules: rules, at: now)
        }
    }

    @Test func aRecordIsRatedOnceAndAWrongNumberGetsTheSameWordsAsASecondTry() throws {
        let record = try db.addReception(ReceptionDraft(at: now, residentName: "刘阿婆", room: "1号101", category: "咨询",
                                                        question: "低保"), by: fixture.admin.id, at: now)
        try db.rateReception(KioskRating(receptionID: record.id, level: .satisfied, reason: nil), at: now)
        #expect(try db.kioskRatingCounts() == [.satisfied: 1])
        for number in [record.id, record.id + 100] {
            do {
                try db.rateReception(KioskRating(receptionID: number, level: .dissatisfied, reason: "态度不好"), at: now)
                Issue.record("rated \(number)")
            } catch let error as StorageError {
                #expect(error.message == KioskText.cannotRate)
            }
        }
        #expect(try db.kioskRatingCounts() == [.satisfied: 1])
    }

    @Test func onlyTheSecretaryKeepsTheProfileAndNoticesShowFromTheirDateUntilTheirLastDay() throws {
        let worker = try db.addWorker("李明", by: fixture.admin)
        let profile = KioskProfile(address: "梅川路 1 号", area: "0.3 平方公里", households: "1900 户", team: ["王书记 书记 62500000"])
        #expect(throws: StorageError.self) { try db.saveKioskProfile(profile, by: worker.id, at: now) }
        try db.saveKioskProfile(profile, by: fixture.admin.id, at: now)
        #expect(try db.kioskProfile()?.address == "梅川路 1 号" && db.kioskProfile()?.team == profile.team)
        let today = ShanghaiCalendar.day(of: now)
        let notice = KioskNotice(id: 0, title: "停水通知", date: today, body: "3 月 2 日 9 时至 12 时停水。", until: today.adding(days: 1))
        try db.postKioskNotice(notice, by: fixture.admin.id, at: now)
        #expect(try db.kioskSnapshot(now: now, calendar: calendar)?.notices.map(\.title) == ["停水通知"])
        let later = now.addingTimeInterval(2 * 86_400)
        #expect(try db.kioskSnapshot(now: later, calendar: calendar)?.notices.isEmpty == true, "past its last day")
    }

    @Test func theSecretaryWithdrawsANoticeBeforeItsLastDayAsARowOfItsOwnAndTheScreenDropsIt() throws {
        let today = ShanghaiCalendar.day(of: now)
        let worker = try db.addWorker("李明", by: fixture.admin)
        let notice = try db.postKioskNotice(KioskNotice(id: 0, title: "停水通知", date: today, body: "停水。", until: today.adding(days: 5)),
                                            by: fixture.admin.id, at: now)
        _ = try db.postKioskNotice(KioskNotice(id: 0, title: "旧通知", date: today.adding(days: -9), body: "旧", until: today.adding(days: -2)),
                                   by: fixture.admin.id, at: now)
        #expect(throws: StorageError.self) { try db.withdrawKioskNotice(notice.id, reason: "写错了", by: worker.id, at: now) }
        #expect(throws: StorageError.self) { try db.withdrawKioskNotice(notice.id, reason: "  ", by: fixture.admin.id, at: now) }
        let later = now.addingTimeInterval(3600)
        let withdrawn = try db.withdrawKioskNotice(notice.id, reason: "日期写错", by: fixture.admin.id, at: later)
        #expect(withdrawn.withdrawal == .init(byName: fixture.admin.name, at: later, reason: "日期写错"))
        #expect(try db.kioskSnapshot(now: later, calendar: calendar)?.notices.isEmpty == true, "gone from the screen")
        #expect(try db.rawInt("SELECT count(*) FROM kiosk_notice WHERE title = '停水通知' AND until = '\(today.adding(days: 5).iso)'") == 1,
                "the notice is kept as posted")
        let posted = try db.kioskNoticesPosted()
        #expect(posted.map(\.notice.title) == ["停水通知", "旧通知"])
        #expect(posted.map { $0.status(on: today) } == [KioskText.withdrawnMark, KioskText.expiredMark])
        let entry = try #require(try db.auditEntries(limit: 1).first)
        #expect(entry.action == "kiosk.notice.withdraw" && entry.detail.contains("日期写错"))
        for (id, message) in [(notice.id, KioskText.alreadyWithdrawn), (posted[1].id, KioskText.pastUntil), (999, KioskText.noticeUnknown)] {
            do {
                try db.withdrawKioskNotice(id, reason: "再撤", by: fixture.admin.id, at: later)
                Issue.record("withdrew \(id)")
            } catch let error as StorageError {
                #expect(error.message == message)
            }
        }
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE kiosk_notice_withdrawal SET reason = 'x'") }
        #expect(try db.verifyAuditChain().isIntact)
    }
}
