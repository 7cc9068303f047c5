import Domain
import Foundation
import Testing
@testable import Storage

/// Household and visit lists from CSV: every problem with its line, all rows or none.
@Suite struct VisitImportTests {
    let fixture: DatabaseFixture
    let rules: RuleSet
    var db: AppDatabase { fixture.database }
    /// 2026-12-01 09:00 in Shanghai.
    let now = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 1)!).addingTimeInterval(9 * 3600)

    init() throws {
        fixture = try DatabaseFixture()
        rules = try RuleSet.bundledPutuo2017()
    }

    static let households = """
        楼室号,户主姓名,家庭成员情况,联系电话,标签,片区
        1号楼101室,张桂英,独居,13812341234,独居老人,一片
        1号楼102室,李国强,夫妻二人,,困难家庭、残疾人,一片

        """

    static let visitsHeader = "走访时间,走访人,走访居民姓名,楼室号,家庭成员情况,走访事由,困难或诉求,备注,走访类型\n"

    func imported() throws -> [Household] {
        try db.importHouseholds(try HouseholdImport.parse(Self.households, rules: rules).get(), by: fixture.admin.id,
                                at: now, dryRun: false)
    }

    // MARK: - Households

    @Test func aGoodHouseholdListImportsEveryRow() throws {
        let added = try imported()
        #expect(added.map(\.room) == ["1号楼101室", "1号楼102室"])
        #expect(added[1].tags == ["困难家庭", "残疾人"] && added[0].phone == "13812341234")
        #expect(try db.households().count == 2)
    }

    @Test func aBadHouseholdListNamesEachLine() {
        let text = Self.households + "1号楼101室,王,,,,\n2号楼,赵,,12ab,,\n3号楼,钱,,,孤老,\n4号楼,孙,\n"
        guard case .failure(let failure) = HouseholdImport.parse(text, rules: rules) else {
            Issue.record("a bad file was accepted")
            return
        }
        #expect(failure.problems.map(\.line) == [4, 5, 6, 7])
        #expect(failure.problems[0].message == "楼室号与第 2 行重复")
        #expect(failure.problems[1].message.hasPrefix("联系电话只能包含数字"))
        #expect(failure.problems[2].message.hasPrefix("标签“孤老”不认识"))
    }

    @Test func roomsAlreadyRegisteredStopTheWholeImport() throws {
        _ = try imported()
        let rows = try HouseholdImport.parse(Self.households, rules: rules).get()
        #expect(throws: StaffImportFailure.self) { _ = try db.importHouseholds(rows, by: fixture.admin.id, at: now, dryRun: false) }
        #expect(try db.households().count == 2)
    }

    // MARK: - Visits

    @Test func anUnknownRoomIsAProblemUnlessHouseholdsMayBeAdded() throws {
        _ = try imported()
        let text = Self.visitsHeader + "2026-11-30 23:30,王书记,张桂英,1号楼101室,独居,日常走访,,,特殊对象走访\n"
            + "2026-11-03 10:00,王书记,陈伯,7号楼701室,,送慰问,腿脚不便,,\n"
        let rows = try VisitImport.parse(text, now: now).get()
        do {
            _ = try db.importVisits(rows, by: fixture.admin.id, at: now, dryRun: false, addHouseholds: false)
            Issue.record("an unknown room was accepted")
        } catch let failure as StaffImportFailure {
            #expect(failure.problems.map(\.line) == [3])
        }
        #expect(try db.visits(in: Month(year: 2026, month: 11)!).isEmpty)
        let dry = try db.importVisits(rows, by: fixture.admin.id, at: now, dryRun: true, addHouseholds: true)
        #expect(dry.count == 2)
        #expect(try db.households().count == 2)
        _ = try db.importVisits(rows, by: fixture.admin.id, at: now, dryRun: false, addHouseholds: true)
        let november = try db.visits(in: Month(year: 2026, month: 11)!)
        #expect(november.map(\.room) == ["1号楼101室", "7号楼701室"])
        #expect(november[0].kind == .special && november[1].kind == .general)
        #expect(try db.verifyAuditChain().isIntact)
    }

    @Test func badVisitRowsAreNamedByLine() {
        let text = Self.visitsHeader + "2026-11-31 10:00,王书记,张,1号楼,,走访,,,\n"
            + "2026-11-30 10:00,王书记,张,1号楼,,,,,\n" + "2026-11-30 10:00,王书记,张,1号楼,,走访,,,串门\n"
            + "2026-12-09 10:00,王书记,张,1号楼,,走访,,,\n"
        guard case .failure(let failure) = VisitImport.parse(text, now: now) else {
            Issue.record("a bad file was accepted")
            return
        }
        #expect(failure.problems.map(\.line) == [2, 3, 4, 5])
        #expect(failure.problems[1].message == "走访事由不能为空")
        #expect(failure.problems[3].message.contains("晚于现在"))
    }
}
