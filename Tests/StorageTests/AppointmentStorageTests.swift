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
}
