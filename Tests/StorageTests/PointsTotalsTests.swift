import Domain
import Foundation
import Testing
@testable import Storage

/// Signed yearly totals: exported with a SHA-256 of their rows, imported by the street office,
/// a changed file refused.
@Suite struct PointsTotalsTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    var db: AppDatabase { fixture.database }
    let late = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 1)!)

    init() throws { fixture = try DatabaseFixture() }

    func otherCommittee() -> [PointsYearTotal] {
        [PointsYearTotal(streetOffice: "长征镇", committee: "梅川二居委会", name: "赵敏", year: 2026, months: 12, total: 1203),
         PointsYearTotal(streetOffice: "长征镇", committee: "梅川二居委会", name: "钱涛", year: 2026, months: 11, total: 998)]
    }

    @Test func signedMonthsAddUpAndTheExportReadsBack() throws {
        let li = try db.addWorker("李明", by: fixture.admin)
        try db.addPointsLine(PointsLine(.training, .count(2), evidence: "区社工培训通知"), worker: li.id, month: Month(year: 2026, month: 10)!,
                             by: fixture.admin.id, at: late, rules: rules)
        for month in [10, 11] { try db.signPointsCard(worker: li.id, month: Month(year: 2026, month: month)!, by: fixture.admin.id, at: late, rules: rules) }
        let totals = try db.pointsYearTotals(year: 2026, rules: { _ in rules })
        #expect(totals == [PointsYearTotal(streetOffice: "长征镇", committee: "长征镇梅川一居委会", name: "李明", year: 2026, months: 2, total: 10)])
        let text = PointsTotalsFile.text(totals)
        #expect(text.hasPrefix("\u{FEFF}街镇,居委会,姓名,年度,已签名月数,年度积分\r\n长征镇,长征镇梅川一居委会,李明,2026,2,1.0\r\nSHA-256,"))
        #expect(try PointsTotalsFile.parse(text).get() == totals)
        #expect(storageErrorKind { try db.importPointsTotals(totals, fileSHA256: String(repeating: "a", count: 64), by: fixture.admin.id, at: late) } == .invalidInput)
    }

    @Test func aChangedFileIsRefusedAndAGoodOneImportedOnce() throws {
        let text = PointsTotalsFile.text(otherCommittee())
        let changed = text.replacingOccurrences(of: "赵敏,2026,12,120.3", with: "赵敏,2026,12,150.3")
        #expect(changed != text)
        guard case .failure(let failure) = PointsTotalsFile.parse(changed) else { Issue.record("a changed file was accepted"); return }
        #expect(failure.problems[0].message.contains("SHA-256 校验值不符"))
        let rows = try PointsTotalsFile.parse(text).get()
        let sha = PointsTotalsFile.declaredChecksum(text)
        #expect(sha.count == 64)
        try db.importPointsTotals(rows, fileSHA256: sha, by: fixture.admin.id, at: late)
        #expect(try db.importedPointsTotals(year: 2026).map(\.name) == ["赵敏", "钱涛"])
        #expect(storageErrorKind { try db.importPointsTotals(rows, fileSHA256: sha, by: fixture.admin.id, at: late) } == .duplicateName)
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE points_imported_total SET total = 0") }
    }
}
