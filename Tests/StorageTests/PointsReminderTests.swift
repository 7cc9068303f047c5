import Domain
import Foundation
import Testing
@testable import Storage

/// The reminder entering 积分卡 reads (`unsignedPointsReminder`: the oldest few unsigned cards and
/// how many) is the head and the length of the whole list (`unsignedPointsMonths`), on a committee
/// whose workers start in different months by each way a first month is found: added before the
/// first month, an early line, a reception record, a visit, a shift, nothing at all; with cards
/// signed here and there and one month signed for everyone.
@Suite struct PointsReminderTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws { fixture = try DatabaseFixture() }

    func month(_ m: Int) -> Month { Month(year: 2026, month: m)! }

    func shanghai(_ m: Int, _ day: Int, _ hour: Int) -> Date {
        ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: m, day: day)!).addingTimeInterval(TimeInterval(hour * 3600))
    }

    var late: Date { shanghai(11, 30, 22) }

    /// Workers added in October 2026 (李明 and the secretary long before), each with the history named.
    func committee() throws {
        try db.addPointsLine(PointsLine(.training, .count(1), evidence: "培训"), worker: admin.id, month: month(5), by: admin.id,
                             at: late, rules: rules)   // the committee's first month: May
        let li = try db.addWorker("李明", by: admin)
        let october = shanghai(10, 15, 9)
        func added(_ name: String) throws -> Person {
            try db.addPerson(name: name, roles: [.worker], zone: nil, pin: nil, by: admin.id, at: october)
        }
        let qian = try added("钱旧"), sun = try added("孙班"), zhou = try added("周早"), wu = try added("吴访")
        _ = try added("赵新")
        try db.addPointsLine(PointsLine(.volunteering, .count(1), evidence: "证明"), worker: qian.id, month: month(5), by: admin.id,
                             at: late, rules: rules)
        let span = try TimeSpan.parse("17:00-20:00").get()
        _ = try db.addShift(ShiftDraft(date: LocalDate(year: 2026, month: 8, day: 3)!, span: span, kind: .weekdayEvening, workers: [sun.id]),
                            rules: rules, by: admin.id, at: late)
        _ = try db.addReception(ReceptionDraft(at: shanghai(5, 20, 9), residentName: "张阿姨", room: "12号楼301室", category: "社会救助",
                                               question: "低保怎么申请"), by: zhou.id, at: late)
        _ = try db.addVisit(VisitDraft(at: shanghai(7, 8, 10), residentName: "陈伯", room: "3号楼101室", members: "独居",
                                       reason: "日常走访", kind: .general), by: wu.id, at: late, addHousehold: true)
        try db.signPointsMonth(month(9), by: admin.id, at: late, rules: rules)
        try db.signPointsCard(worker: admin.id, month: month(6), by: admin.id, at: late, rules: rules)
        try db.signPointsCard(worker: li.id, month: month(7), by: admin.id, at: late, rules: rules)
        try db.signPointsCard(worker: wu.id, month: month(8), by: admin.id, at: late, rules: rules)
    }

    @Test("the reminder is the head and the length of the whole list", arguments: [0, 1, 4, 6, 40])
    func reminderIsTheListsHead(limit: Int) throws {
        try committee()
        for before in [month(4), month(5), month(6), month(8), month(9), month(10), month(11), month(12), Month(year: 2027, month: 3)!] {
            let list = try db.unsignedPointsMonths(before: before).map { "\($0.worker.name) \($0.month)" }
            let reminder = try db.unsignedPointsReminder(before: before, first: limit)
            #expect(reminder.oldest.map { "\($0.worker.name) \($0.month)" } == Array(list.prefix(limit)), "before \(before)")
            #expect(reminder.count == list.count, "before \(before)")
        }
    }

    @Test("each way of finding a worker's first month is taken, and a month signed by all is left out")
    func firstMonthsByEachWay() throws {
        try committee()
        let list = try db.unsignedPointsMonths(before: month(12)).map { "\($0.worker.name) \($0.month)" }
        #expect(list.contains("钱旧 2026-05") && list.contains("周早 2026-05") && list.contains("李明 2026-05"))
        #expect(list.first { $0.hasPrefix("孙班") } == "孙班 2026-08" && list.first { $0.hasPrefix("吴访") } == "吴访 2026-07")
        #expect(list.first { $0.hasPrefix("赵新") } == "赵新 2026-10")
        #expect(!list.contains { $0.hasSuffix("2026-09") } && !list.contains("王书记 2026-06") && !list.contains("吴访 2026-08"))
        #expect(try db.unsignedPointsReminder(before: month(12), first: 6).count == list.count)
    }

    @Test("the card holders are the active people with the worker role, by name, as the people list reads them")
    func cardHoldersAreThePeoplesWorkers() throws {
        try committee()
        let director = try db.addPerson(name: "李主任", roles: [.director], zone: nil, pin: "1357", by: admin.id, at: late)
        let both = try db.addPerson(name: "陈双", roles: [.director, .worker, .bookkeeper], zone: "二片", pin: nil, by: admin.id, at: late)
        _ = try db.setActive(false, for: try #require(try db.pointsWorkers().first { $0.name == "赵新" }).id, by: admin.id, at: late)
        let expected = try db.people(includeInactive: false).filter { $0.has(.worker) }.sorted { $0.name < $1.name }
        let holders = try db.pointsWorkers()
        #expect(holders == expected)
        #expect(holders.contains(both) && !holders.contains { $0.id == director.id || $0.name == "赵新" })
        #expect(holders.first { $0.id == both.id }?.roles == [.director, .worker, .bookkeeper])
    }
}
