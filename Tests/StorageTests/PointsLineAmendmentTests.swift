import Domain
import Foundation
import Testing
@testable import Storage

/// After signing, an amendment changes or strikes one line (or adds one): a new record pointing
/// at the line, the original kept on the card and in the audit log; computed items are refused.
/// And the reminder of unsigned months counts a worker only from the month they joined.
@Suite struct PointsLineAmendmentTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let november = Month(year: 2026, month: 11)!
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    var late: Date { ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 11, day: 30)!).addingTimeInterval(22 * 3600) }
    /// The first morning after November, when its cards can be signed and amended.
    var signedAt: Date { ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 1)!).addingTimeInterval(9 * 3600) }

    init() throws { fixture = try DatabaseFixture() }

    /// 李明's card with two training sessions, signed.
    func signedCard() throws -> (Person, PointsCard) {
        let li = try db.addWorker("李明", by: admin)
        try db.addPointsLine(PointsLine(.training, .count(2), evidence: "区社工培训通知"), worker: li.id, month: november,
                             by: admin.id, at: late, rules: rules)
        return (li, try db.signPointsCard(worker: li.id, month: november, by: admin.id, at: signedAt, rules: rules))
    }

    @Test func aChangedLineKeepsItsOriginalBesideTheNewValue() throws {
        let (li, signed) = try signedCard()
        let index = try #require(signed.lines.firstIndex { $0.item == .training })
        let one = PointsLine(.training, .count(1), evidence: "区社工培训通知（第二次未到）")
        let amended = try db.amendPointsLine(worker: li.id, month: november, index: index, to: one, reason: "第二次培训未出席",
                                             by: admin.id, at: signedAt, rules: rules)
        let reread = try db.pointsCard(worker: li.id, month: november, now: late, rules: rules)
        #expect(reread == amended)
        #expect(reread.lines == signed.lines)   // what was signed stays
        #expect(reread.amendments.last?.change == .change && reread.amendments.last?.lineIndex == index)
        let total = CardTotal.of(reread, rules: rules)
        #expect(total.signedTotal == 10 && total.total == 5)
        #expect(total.lineChanges.map(\.sentence) == ["2026-12-01 王书记 改值 学习培训：原 2 次 1.0 分 → 1 次 0.5 分（理由：第二次培训未出席）"])
        let row = try #require(CardRow.of(total, rules: rules).first { $0.item == .training })
        #expect(row.pointsText == "0.5(原1.0)")
        let audit = try #require(try db.rawString("SELECT detail FROM audit_log WHERE action = 'points.amend'"))
        #expect(audit.contains("原 2 次 1.0 分") && audit.contains("\"original\"") && audit.contains("\"after\":\"0.5\""))
        #expect(try db.rawString("SELECT change || ':' || line_index FROM points_amendment") == "change:\(index)")
    }

    @Test func aStruckLineLeavesTheTotalAndStaysVisible() throws {
        let (li, signed) = try signedCard()
        let index = try #require(signed.lines.firstIndex { $0.item == .training })
        let card = try db.amendPointsLine(worker: li.id, month: november, index: index, to: nil, reason: "培训未参加，误记",
                                          by: admin.id, at: signedAt, rules: rules)
        let total = CardTotal.of(card, rules: rules)
        #expect(total.total == 0 && total.signedTotal == 10)
        #expect(!card.currentLines.contains { $0.item == .training })
        #expect(total.lineChanges.first?.sentence.contains("划去 学习培训：原 2 次 1.0 分 → 划去") == true)
        #expect(CardRow.of(total, rules: rules).first { $0.item == .training }?.pointsText == "0(原1.0)")
    }

    @Test func computedItemsAndWrongLinesAreRefused() throws {
        let (li, signed) = try signedCard()
        let visits = try #require(signed.lines.firstIndex { $0.item == .visits })
        #expect(storageErrorKind {
            try db.amendPointsLine(worker: li.id, month: november, index: visits, to: nil, reason: "x", by: admin.id, at: signedAt, rules: rules)
        } == .invalidInput)
        let training = try #require(signed.lines.firstIndex { $0.item == .training })
        let other = PointsLine(.volunteering, .count(1), evidence: "志愿者协会证明")
        #expect(storageErrorKind {
            try db.amendPointsLine(worker: li.id, month: november, index: training, to: other, reason: "x", by: admin.id, at: signedAt, rules: rules)
        } == .invalidInput)
        #expect(storageErrorKind {
            try db.amendPointsLine(worker: li.id, month: november, index: training, to: nil, reason: " ", by: admin.id, at: signedAt, rules: rules)
        } == .invalidInput)
        #expect(storageErrorKind {
            try db.amendPointsLine(worker: li.id, month: november, index: training, to: nil, reason: "x", by: li.id, at: signedAt, rules: rules)
        } == .notPermitted)
        #expect(try db.rawInt("SELECT count(*) FROM points_amendment") == 0)
        // Adding a line is still an amendment, recorded as such.
        try db.amendPointsLine(worker: li.id, month: november, index: nil, to: other, reason: "漏记志愿服务", by: admin.id, at: signedAt, rules: rules)
        #expect(try db.rawString("SELECT change FROM points_amendment") == "add")
    }

    @Test("the reminder counts a worker's months only from the month they joined (or their earliest record)")
    func remindersStartWhenTheWorkerJoined() throws {
        let october = Month(year: 2026, month: 10)!
        try db.addPointsLine(PointsLine(.training, .count(1), evidence: "培训"), worker: admin.id, month: Month(year: 2026, month: 9)!,
                             by: admin.id, at: late, rules: rules)
        let joinedOctober = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 10, day: 15)!)
        let zhao = try db.addPerson(name: "赵新", roles: [.worker], zone: nil, pin: nil, by: admin.id, at: joinedOctober)
        let qian = try db.addPerson(name: "钱旧", roles: [.worker], zone: nil, pin: nil, by: admin.id, at: joinedOctober)
        // 钱旧's history from August was imported after they were added: their cards start then (not before the committee's first).
        try db.addPointsLine(PointsLine(.volunteering, .count(1), evidence: "证明"), worker: qian.id, month: Month(year: 2026, month: 8)!,
                             by: admin.id, at: late, rules: rules)
        let reminders = try db.unsignedPointsMonths(before: november).map { "\($0.worker.name) \($0.month)" }
        #expect(reminders.contains("王书记 2026-09") && reminders.contains("钱旧 2026-08") && reminders.contains("钱旧 2026-09"))
        #expect(!reminders.contains { $0.hasPrefix("赵新 2026-0") })
        #expect(reminders.filter { $0.hasPrefix("赵新") } == ["赵新 \(october)"])
        #expect(zhao.id != qian.id)
    }
}
