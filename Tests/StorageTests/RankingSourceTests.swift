import Domain
import Foundation
import Testing
@testable import Storage

/// The street ranking tells imported totals from the committee's own: each imported row keeps the
/// moment it was imported, which the ranking shows as its source.
@Suite struct RankingSourceTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    let imported = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 5)!).addingTimeInterval(10 * 3600)

    init() throws { fixture = try DatabaseFixture() }

    @Test func importedTotalsCarryTheirImportDate() throws {
        let other = try OtherCommittee()
        let text = try other.file([PointsYearTotal(streetOffice: "长征镇", committee: "梅川二居委会", name: "赵敏", year: 2026,
                                                   months: 12, total: 1203)])
        let signed = try PointsTotalsFile.parse(text).get()
        #expect(signed.totals.allSatisfy { $0.importedAt == nil })
        try db.importPointsTotals(signed, trust: signed.fingerprint, by: fixture.admin.id, at: imported)
        let read = try db.importedPointsTotals(year: 2026)
        #expect(read.map(\.importedAt) == [imported])
        let entry = YearRanking.Entry(workerID: 1, name: read[0].name, streetOffice: read[0].streetOffice, total: read[0].total,
                                      committee: read[0].committee, importedOn: read[0].importedAt.map(ShanghaiCalendar.day(of:)))
        #expect(entry.sourceLabel == "导入 2026-12-05")
        #expect(try db.pointsYearTotals(year: 2026, rules: { _ in try RuleSet.bundledPutuo2017() }).allSatisfy { $0.importedAt == nil })
    }
}
