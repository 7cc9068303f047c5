import Foundation
import Testing
@testable import Domain

/// One line of a signed card changed, struck or added by an amendment that points at it; the
/// signed lines stay, the total follows the amendment, and computed items are refused.
@Suite struct LineAmendmentTests {
    let rules = Fixtures.rules
    let secretary = Person(id: 1, name: "王书记", roles: [.secretary, .worker])
    let day = LocalDate(iso: "2026-12-02")!

    var signed: PointsCard {
        let lines = [PointsLine(.visits, .households(30), evidence: "走访记录 30 条"),
                     PointsLine(.training, .count(2), evidence: "区社工培训通知"),
                     PointsLine(.volunteering, .count(1), evidence: "志愿者协会证明")]
        let card = PointsCard(workerID: 2, month: Month(year: 2026, month: 11)!, lines: lines)
        return try! card.signed(by: secretary, on: LocalDate(iso: "2026-12-01")!, rules: rules).get()
    }

    @Test func aChangedLineScoresTheNewValueAndKeepsTheOriginal() throws {
        let card = try signed.amending(line: 1, to: PointsLine(.training, .count(1), evidence: "区社工培训通知"), reason: "第二次未到",
                                       by: secretary, on: day, rules: rules).get()
        #expect(card.lines == signed.lines)
        #expect(card.amendments.map(\.change) == [.change] && card.amendments[0].lineIndex == 1)
        let total = CardTotal.of(card, rules: rules)
        #expect(total.signedTotal == 115 && total.total == 110)
        #expect(total.lineChanges.map(\.sentence) == ["2026-12-02 王书记 改值 学习培训：原 2 次 1.0 分 → 1 次 0.5 分（理由：第二次未到）"])
        let rows = CardRow.of(total, rules: rules)
        #expect(rows.first { $0.item == .training }?.pointsText == "0.5(原1.0)")
        #expect(rows.first { $0.item == .volunteering }?.pointsText == "0.5")   // an untouched row shows only its value
    }

    @Test func aStruckLineLeavesTheCardAndAnotherAmendmentPointsIntoTheAmendedLines() throws {
        let struck = try signed.amending(line: 1, to: nil, reason: "误记", by: secretary, on: day, rules: rules).get()
        #expect(struck.currentLines.map(\.item) == [.visits, .volunteering])
        #expect(CardTotal.of(struck, rules: rules).total == 105)
        // The second amendment's index is into the lines in force after the first: volunteering is now line 1.
        let again = try struck.amending(line: 1, to: PointsLine(.volunteering, .count(2), evidence: "志愿者协会证明"), reason: "两天",
                                        by: secretary, on: day, rules: rules).get()
        let notes = CardTotal.of(again, rules: rules).lineChanges
        #expect(notes.map(\.item) == [.training, .volunteering])
        #expect(notes[0].sentence.contains("划去 学习培训：原 2 次 1.0 分 → 划去"))
        #expect(notes[1].sentence.contains("改值 志愿服务：原 1 天 0.5 分 → 2 天 1.0 分"))
        #expect(CardTotal.of(again, rules: rules).total == 110)
    }

    @Test func refusals() {
        let other = PointsLine(.volunteering, .count(1), evidence: "证明")
        func message(_ r: Result<PointsCard, InputError>) -> String? { if case .failure(let e) = r { return e.message } else { return nil } }
        #expect(message(signed.amending(line: 0, to: nil, reason: "x", by: secretary, on: day, rules: rules))?.contains("自动计算，不能手工更正") == true)
        #expect(message(signed.amending(line: nil, to: PointsLine(.duty, .count(3), evidence: ""), reason: "x", by: secretary, on: day,
                                        rules: rules))?.contains("“错时值班”由各模块的记录自动计算") == true)
        #expect(message(signed.amending(line: 1, to: other, reason: "x", by: secretary, on: day, rules: rules))?.contains("改值只能改同一分项") == true)
        #expect(message(signed.amending(line: 7, to: nil, reason: "x", by: secretary, on: day, rules: rules)) == "要更正的积分行不存在")
        #expect(message(signed.amending(line: 1, to: nil, reason: " ", by: secretary, on: day, rules: rules)) == "更正已签名的积分卡须写明理由")
        let unsigned = PointsCard(workerID: 2, month: Month(year: 2026, month: 11)!, lines: signed.lines)
        #expect(message(unsigned.amending(line: 1, to: nil, reason: "x", by: secretary, on: day, rules: rules))?.contains("尚未签名") == true)
    }
}
