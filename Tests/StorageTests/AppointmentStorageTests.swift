import Domain
import Foundation
import Testing
@testable import Storage

/// Appointments through the real migrator (`v9-appointments`): the rules checked again inside the
/// write, intake days only by approvers, and an audit log that never holds a whole phone number.
@Suite struct AppointmentStorageTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let calendar = try! WorkingDayCalendar.bundled()
    var db: AppDatabase { fixture.database }

    init() throws {
        fixture = try DatabaseFixture()
        let hours = ServiceHours(office: span("09:00-17:00"), evening: span("17:00-20:00"), eveningDays: [.tuesday],
                                 weekend: span("09:00-12:00"), weekendDays: [.saturday])
        try fixture.database.publishServiceHours(hours, rules: rules, by: fixture.admin.id, at: Fixture.start)
    }

    func span(_ text: String) -> TimeSpan { try! TimeSpan.parse(text).get() }
    func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    func draft(_ date: String, _ slot: String, matter: String = "居住证明") -> AppointmentDraft {
        AppointmentDraft(date: day(date), slot: span(slot), residentName: "张阿姨", room: "12号楼301室", phone: "13812345678",
                         matter: matter, policyID: 3, policyTitle: "居住证明开具")
    }

    @Test func aBookingIsKeptWithItsFieldsAndTheSameSlotIsNotBookedTwice() throws {
        let booked = try db.bookAppointment(draft("2026-10-13", "19:00-19:30"), calendar: calendar, rules: rules,
                                            by: fixture.admin.id, at: Fixture.start)
        let (all, intakes) = try db.appointments(from: day("2026-10-01"), through: day("2026-10-31"))
        #expect(all == [booked] && intakes.isEmpty)
        #expect(all[0].draft.phone == "13812345678" && all[0].draft.policyTitle == "居住证明开具" && all[0].receptionID == nil)
        let entry = try #require(try db.auditEntries(limit: 1).first)
        #expect(entry.action == "appointment.book")
        #expect(entry.detail.contains("138****5678") && !entry.detail.contains("13812345678"), "the log never holds a whole number")
        do {
            try db.bookAppointment(draft("2026-10-13", "19:00-19:30"), calendar: calendar, rules: rules, by: fixture.admin.id,
                                   at: Fixture.start)
            Issue.record("a full slot was booked")
        } catch let error as StorageError {
            #expect(error.kind == .notPermitted && error.message.contains("已约满"))
        }
        #expect(storageErrorKind {
            _ = try db.bookAppointment(draft("2026-10-14", "19:00-19:30"), calendar: calendar, rules: rules, by: fixture.admin.id,
                                   at: Fixture.start)
        } == .notPermitted, "a Wednesday evening is outside the published hours")
    }

    @Test func onlyAnApproverSetsUpAnIntakeDayAndItsBookingsJoinIt() throws {
        let worker = try db.addWorker("李明", by: fixture.admin)
        let intake = IntakeDay(id: 0, date: day("2026-10-17"), span: span("09:00-10:00"), matter: "老年综合津贴", slotMinutes: 30,
                               perSlot: 2)
        #expect(storageErrorKind { _ = try db.addIntakeDay(intake, rules: rules, by: worker.id, at: Fixture.start) } == .notPermitted)
        let saved = try db.addIntakeDay(intake, rules: rules, by: fixture.admin.id, at: Fixture.start)
        #expect(storageErrorKind { _ = try db.addIntakeDay(intake, rules: rules, by: fixture.admin.id, at: Fixture.start) } == .notPermitted)
        let booked = try db.bookAppointment(draft("2026-10-17", "09:30-10:00", matter: "老年综合津贴"), calendar: calendar,
                                            rules: rules, by: worker.id, at: Fixture.start)
        #expect(booked.intakeID == saved.id)
        #expect(storageErrorKind {
            _ = try db.bookAppointment(draft("2026-10-17", "09:30-10:00"), calendar: calendar, rules: rules, by: worker.id, at: Fixture.start)
        } == .notPermitted, "an intake day takes only its matter")
        #expect(try db.appointments(from: day("2026-10-17"), through: day("2026-10-17")).1 == [saved])
        #expect(try db.verifyAuditChain().isIntact)
    }

    @Test func aBookingBecomesOneReceptionRecordAndASecondHandOverIsRefused() throws {
        let booked = try db.bookAppointment(draft("2026-10-13", "19:00-19:30"), calendar: calendar, rules: rules,
                                            by: fixture.admin.id, at: Fixture.start)
        let early = ShanghaiCalendar.startOfDay(day("2026-10-12")).addingTimeInterval(19 * 3600)
        #expect(storageErrorKind { _ = try db.receiveAppointment(booked.id, by: fixture.admin.id, at: early) } == .notPermitted,
                "only today's bookings are received")
        let now = ShanghaiCalendar.startOfDay(day("2026-10-13")).addingTimeInterval(19 * 3600 + 5 * 60)
        let (appointment, record) = try db.receiveAppointment(booked.id, by: fixture.admin.id, at: now)
        #expect(appointment.receptionID == record.id)
        let c = record.content
        #expect(c.residentName == "张阿姨" && c.room == "12号楼301室" && c.phone == "13812345678" && c.at == now)
        #expect(c.category == "居住证明" && c.question.hasPrefix("居住证明") && c.policyID == 3 && c.policyTitle == "居住证明开具")
        #expect(try db.appointments(from: day("2026-10-13"), through: day("2026-10-13")).0.map(\.receptionID) == [record.id])
        #expect(try db.receptions(on: day("2026-10-13")).map(\.id) == [record.id])
        #expect(try db.auditEntries(limit: 2).map(\.action).sorted() == ["appointment.receive", "reception.add"])
        do {
            _ = try db.receiveAppointment(booked.id, by: fixture.admin.id, at: now.addingTimeInterval(60))
            Issue.record("the same booking was received twice")
        } catch let error as StorageError {
            #expect(error.kind == .notPermitted && error.message.contains("已接待（首问接待记录 #\(record.id)）"))
        }
        #expect(try db.receptions(on: day("2026-10-13")).count == 1, "the refused hand-over wrote no second record")
        #expect(storageErrorKind { _ = try db.receiveAppointment(999, by: fixture.admin.id, at: now) } == .notFound)
        #expect(try db.verifyAuditChain().isIntact)
    }
}
