import Domain
import Foundation
import Testing
@testable import Storage

/// `import points` through the real migrator: every row checked by the card's rules, all or none.
@Suite struct PointsImportTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    var db: AppDatabase { fixture.database }
    let late = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 11, day: 30)!)

    init() throws { fixture = try DatabaseFixture() }

    func rows(_ body: String) throws -> [PointsImport.Row] {
        try PointsImport.parse("姓名,月份,分项,数量,得分,计分依据\n" + body).get()
    }

    @Test func oneBadRowAndNothingIsSaved() throws {
        _ = try db.addWorker("李明", by: fixture.admin)
        let file = try rows("李明,2026-11,学习培训,2,1.0,区社工培训通知\n李明,2026-11,居民投诉,,-6,班子会议记录\n无名氏,2026-11,志愿服务,1,,记录册\n")
        do {
            try db.importPoints(file, rules: { _ in rules }, by: fixture.admin.id, at: late)
            Issue.record("a bad file was imported")
        } catch let failure as StaffImportFailure {
            #expect(failure.problems.map(\.line) == [3, 4])
            #expect(failure.problems[0].message.contains("不在范围内"))
            #expect(failure.problems[1].message.contains("“无名氏”不是在用的社区工作者"))
        }
        #expect(try db.rawInt("SELECT count(*) FROM points_entry") == 0)
    }

    @Test func aGoodFileAddsEveryLineToItsCard() throws {
        let li = try db.addWorker("李明", by: fixture.admin)
        let file = try rows("李明,2026-11,学习培训,2,1.0,区社工培训通知\n李明,2026-11,获奖情况,个人区级,4,区优秀社工证书\n")
        #expect(try db.importPoints(file, rules: { _ in rules }, by: fixture.admin.id, at: late, dryRun: true) == 2)
        #expect(try db.rawInt("SELECT count(*) FROM points_entry") == 0)
        try db.importPoints(file, rules: { _ in rules }, by: fixture.admin.id, at: late)
        let card = try db.pointsCard(worker: li.id, month: Month(year: 2026, month: 11)!, now: late, rules: rules)
        #expect(CardTotal.of(card, rules: rules).total == 50)
        #expect(PointsImport.parse("姓名,月份\n").failure != nil)
    }

    // MARK: - Issue 17 items 4 and 5

    @Test("the quantities of the attack are refused with the month's bound, and nothing is saved",
          arguments: ["1844674407370955161", "9223372036854775807", "2147483648", "32"])
    func hugeQuantitiesAreRefused(_ quantity: String) throws {
        _ = try db.addWorker("李明", by: fixture.admin)
        let file = try rows("李明,2026-11,志愿服务,\(quantity),,记录册\n李明,2026-11,志愿服务,\(quantity),,记录册\n")
        let failure = try #require(throws: StaffImportFailure.self) {
            try db.importPoints(file, rules: { _ in rules }, by: fixture.admin.id, at: late)
        }
        #expect(failure.problems.map(\.line) == [2, 3])
        #expect(failure.problems.allSatisfy { $0.message.contains("最多填写 31 天") })
        #expect(try db.rawInt("SELECT count(*) FROM points_entry") == 0)
    }

    @Test func aMonthInTheFutureOrBeforeTheCommitteesFirstYearIsRefused() throws {
        _ = try db.addWorker("李明", by: fixture.admin)
        let first = try #require(try db.committeeFirstYear())
        let file = try rows("李明,2026-12,学习培训,2,,通知\n李明,\(first - 1)-12,学习培训,2,,通知\n李明,2026-11,学习培训,2,,通知\n")
        let failure = try #require(throws: StaffImportFailure.self) {
            try db.importPoints(file, rules: { _ in rules }, by: fixture.admin.id, at: late)
        }
        #expect(failure.problems.map(\.line) == [2, 3])
        #expect(failure.problems[0].message.contains("晚于今天"))
        #expect(failure.problems[1].message.contains("早于 \(first)-01-01"))
    }
}

extension Result {
    var failure: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}
