import Domain
import Foundation
import Testing
@testable import Storage

/// The month's cards read at once (`pointsMonthCards`: one statement an item for every worker)
/// are the cards `pointsCard` computes one at a time, on generated months: several workers with
/// reception records (signed or not, one corrected), platform replies, visits (one corrected into
/// the month before), shifts shared by two workers and signed in on time, late or not at all,
/// lines entered by hand, signed cards, an amended one and a card signed before more records came.
@Suite struct PointsMonthCardsTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let october = Month(year: 2026, month: 10)!
    let november = Month(year: 2026, month: 11)!
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws { fixture = try DatabaseFixture() }

    func shanghai(_ day: Int, _ hour: Int, _ minute: Int = 0, month: Int = 11) -> Date {
        ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: month, day: day)!)
            .addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    var late: Date { shanghai(30, 22) }
    /// The first morning after November, when its cards can be signed.
    var signedAt: Date { shanghai(1, 9, month: 12) }

    /// The weekdays of November 2026, for the evening shifts (one worker's shifts never share a day).
    let weekdays = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27]

    /// Five workers (the secretary, who also holds a card, among them) with the month's records drawn by `seed`.
    func generate(seed: UInt64) throws -> [Person] {
        var rng = SplitMix64(seed: seed)
        var workers = [admin]
        for name in ["李明", "陈丽华", "张明华", "赵伟"] { workers.append(try db.addWorker(name, by: admin)) }
        for (w, worker) in workers.enumerated() {
            try visits(by: worker, building: w + 1, &rng)
            try receptions(by: worker, &rng)
            try replies(by: worker, &rng)
            if rng.chance(0.7) {
                let line = PointsLine(.training, .count(rng.int(1...3)), evidence: "区社工培训通知")
                try db.addPointsLine(line, worker: worker.id, month: november, by: admin.id, at: late, rules: rules)
            }
        }
        try shifts(workers, &rng)
        // Signed, then amended; signed, then more records came (they must not change the signed card).
        let first = try db.signPointsCard(worker: workers[1].id, month: november, by: admin.id, at: signedAt, rules: rules)
        try db.amendPointsCard(worker: workers[1].id, month: november,
                               lines: first.lines + [PointsLine(.training, .count(1), evidence: "区社工培训通知")],
                               reason: "漏记 11 月培训", by: admin.id, at: signedAt.addingTimeInterval(60), rules: rules)
        _ = try db.signPointsCard(worker: workers[2].id, month: november, by: admin.id, at: signedAt, rules: rules)
        let after = ReceptionDraft(at: shanghai(30, 21), residentName: "王伯", room: "3号楼101室", category: "社会救助", question: "签名后的记录")
        let record = try db.addReception(after, by: workers[2].id, at: signedAt.addingTimeInterval(120))
        _ = try db.signReception(record.id, by: workers[2].id, at: signedAt.addingTimeInterval(180))
        return workers
    }

    func visits(by worker: Person, building: Int, _ rng: inout SplitMix64) throws {
        var made: [VisitRecord] = []
        for n in 0..<rng.int(0...9) {
            let draft = VisitDraft(at: shanghai(rng.int(1...29), 10), residentName: "张阿姨", room: "\(building)号楼\(n + 1)01室",
                                   members: "独居", reason: "日常走访", kind: .general)
            made.append(try db.addVisit(draft, by: worker.id, at: late, addHousehold: true))
        }
        guard let again = made.first else { return }
        var repeatVisit = again.draft
        repeatVisit.at = shanghai(29, 15)
        _ = try db.addVisit(repeatVisit, by: worker.id, at: late, addHousehold: false)
        if made.count > 2, rng.chance(0.6) {   // corrected into October: it leaves November's count
            var moved = made[1].draft
            moved.at = shanghai(31, 10, month: 10)
            _ = try db.correctVisit(made[1].id, with: moved, reason: "录入有误", by: admin.id, at: late)
        }
    }

    func receptions(by worker: Person, _ rng: inout SplitMix64) throws {
        for n in 0..<rng.int(0...6) {
            let at = n == 0 ? shanghai(30, 9, month: 10) : shanghai(rng.int(1...29), 9)
            let draft = ReceptionDraft(at: at, residentName: "张阿姨", room: "12号楼301室", category: "社会救助", question: "低保怎么申请")
            let record = try db.addReception(draft, by: worker.id, at: at)
            if rng.chance(0.6) { _ = try db.signReception(record.id, by: worker.id, at: at.addingTimeInterval(600)) }
            if n == 1 {
                var corrected = record.original
                corrected.question = "低保和临时救助怎么申请"
                _ = try db.amendReception(record.id, content: corrected, reason: "漏记临时救助", by: admin.id, at: late)
            }
        }
    }

    func replies(by worker: Person, _ rng: inout SplitMix64) throws {
        for n in 0..<rng.int(0...5) {
            let month = n == 0 ? 10 : 11
            let day = rng.int(1...28)
            let satisfied: Bool? = [true, false, nil][rng.int(0...2)]
            let reply = OnlineReplyDraft(receivedAt: shanghai(day, 9, month: month), channel: "社区治理云平台", question: "垃圾分类时间？",
                                         answer: "每天 7–9 点、18–20 点", answererID: worker.id,
                                         answeredAt: shanghai(day, 11, month: month), satisfied: satisfied)
            _ = try db.addOnlineReply(reply, by: worker.id, at: shanghai(day, 11, month: month))
        }
        // A question saved without its answer and answered later: its answer in force is in the answers table.
        let day = rng.int(1...27)
        let waiting = try db.addOnlineReply(OnlineReplyDraft(receivedAt: shanghai(day, 9), channel: "社区治理云平台", question: "电梯何时修好？"),
                                            by: admin.id, at: shanghai(day, 9))
        _ = try db.answerOnlineReply(waiting.id, OnlineReplyAnswer(answer: "本周五前修复", answererID: worker.id, answeredAt: shanghai(day + 1, 10),
                                                                   satisfied: rng.chance(0.7) ? true : nil), by: admin.id, at: shanghai(day + 1, 10))
    }

    /// Three evening shifts a worker, some shared with the next worker; each signed in on time,
    /// late or not at all, and signed out or not.
    func shifts(_ workers: [Person], _ rng: inout SplitMix64) throws {
        let span = try TimeSpan.parse("17:00-20:00").get()
        for (w, worker) in workers.enumerated() {
            for j in 0..<3 {
                let day = weekdays[(w * 4 + j) % weekdays.count]
                let partner = workers[(w + 1) % workers.count]
                let on = rng.chance(0.4) ? [worker.id, partner.id] : [worker.id]
                guard let shift = try? db.addShift(ShiftDraft(date: LocalDate(year: 2026, month: 11, day: day)!, span: span,
                                                              kind: .weekdayEvening, workers: on),
                                                   rules: rules, by: admin.id, at: Fixture.start) else { continue }
                for person in on {
                    let arrival = [5, 40, nil][rng.int(0...2)]
                    guard let arrival else { continue }
                    _ = try db.signDuty(person: person, now: shift.startInstant.addingTimeInterval(TimeInterval(arrival * 60)), rules: rules)
                    if rng.chance(0.8) { _ = try db.signDuty(person: person, now: shift.endInstant, rules: rules) }
                }
            }
        }
    }

    @Test("the month read at once gives every worker the card computed alone", arguments: [1, 7, 2026] as [UInt64])
    func batchedEqualsPerCard(seed: UInt64) throws {
        let workers = try generate(seed: seed)
        var claims: [PointsItem: Int] = [:]
        for month in [october, november] {
            let batched = try db.pointsMonthCards(month: month, now: late, rules: rules)
            #expect(batched.map(\.worker.id) == (try db.pointsWorkers()).map(\.id))
            #expect(Set(batched.map(\.worker.id)) == Set(workers.map(\.id)))
            for (worker, card) in batched {
                let alone = try db.pointsCard(worker: worker.id, month: month, now: late, rules: rules)
                #expect(card == alone, "\(worker.name) \(month)")
                #expect(CardTotal.of(card, rules: rules) == CardTotal.of(alone, rules: rules))
                for line in card.currentLines where PointsSources.computedItems.contains(line.item) {
                    switch line.claim {
                    case .count(let n), .households(let n): claims[line.item, default: 0] += n
                    default: break
                    }
                }
            }
            if month == november {
                #expect(batched.contains { $0.card.isSigned && !$0.card.amendments.isEmpty }, "an amended signed card")
                #expect(batched.contains { !$0.card.isSigned }, "unsigned cards")
            }
        }
        // The generated months are not empty: every computed item counted something for someone.
        for item in PointsSources.computedItems { #expect(claims[item, default: 0] > 0, "\(item.title)") }
    }

    @Test("the card with its records shows the worker's own records, as the tab read them before", arguments: [3, 11] as [UInt64])
    func cardWithRecordsIsTheWorkersOwn(seed: UInt64) throws {
        let workers = try generate(seed: seed)
        for worker in workers {
            let shown = try db.pointsCardWithRecords(worker: worker.id, month: november, now: late, rules: rules)
            #expect(shown.card == (try db.pointsCard(worker: worker.id, month: november, now: late, rules: rules)))
            #expect(shown.receptions == (try db.receptions(ReceptionQuery(from: november.firstDay, through: november.lastDay, limit: -1))
                .filter { $0.workerID == worker.id }))
            #expect(shown.replies == (try db.onlineReplies().filter { r in
                r.content.answererID == worker.id && r.content.answeredAt.map { november.contains(ShanghaiCalendar.day(of: $0)) } == true
            }))
            #expect(shown.visits == (try db.visits(in: november, worker: worker.id)))
            let roster = try db.dutyRoster(november).shifts
            #expect(DutyTally.of(worker.id, in: november, shifts: shown.shifts, now: late, rules: rules)
                == DutyTally.of(worker.id, in: november, shifts: roster, now: late, rules: rules))
        }
    }

    @Test("the points-only reader reads what the whole records say, for one worker and for all", arguments: [5, 19] as [UInt64])
    func factsAreTheRecordsFacts(seed: UInt64) throws {
        let workers = try generate(seed: seed)
        // A record whose correction moves it into October: it stays in November's log but counts in neither month's card.
        let record = try #require(try db.receptions(ReceptionQuery(from: november.firstDay, through: november.lastDay, limit: -1)).first)
        var moved = record.content
        moved.at = shanghai(31, 9, month: 10)
        _ = try db.amendReception(record.id, content: moved, reason: "日期有误", by: admin.id, at: late)
        func text(_ f: PointsSources.Facts) -> [String] {
            (f.receptions.map { "r \($0.workerID) \($0.date.iso) \($0.isSigned)" }
                + f.replies.map { "o \($0.answererID ?? 0) \($0.answeredAt?.timeIntervalSince1970 ?? 0) \($0.isFullyAnswered) \(String(describing: $0.satisfied))" }
                + f.visits.map { "v \($0.id) \($0.workerID) \($0.householdID) \($0.date.iso)" } + f.shifts.map { "s \($0.id)" }).sorted()
        }
        var seen = 0
        for month in [october, november] {
            for worker in workers.map(\.id) as [Int64?] + [nil] {
                let (facts, records) = try fixture.database.pool.read { db in
                    (try PointsSources.Facts.read(month, worker: worker, in: db), try PointsSources.Records.read(month, worker: worker, in: db))
                }
                #expect(text(facts) == text(records.facts), "\(month) \(worker ?? 0)")
                if month == november, worker == nil { #expect(facts.receptions.contains { $0.date.month == 10 }) }
                seen += facts.receptions.count + facts.replies.count + facts.visits.count
            }
        }
        #expect(seen > 0)
    }
}
