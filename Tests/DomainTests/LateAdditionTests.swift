import Foundation
import Testing
@testable import Domain

/// 签名后新增: a signed card's computed items against what their records prove now, and the
/// amendment that recomputes one (a new amendment; the signed lines never change).
@Suite struct LateAdditionTests {
    let rules = Fixtures.rules
    let month = Month(year: 2026, month: 11)!
    let day = LocalDate(iso: "2026-12-04")!

    func signed(_ receptions: Int) -> PointsCard {
        let card = PointsCard(workerID: 2, month: month, lines: [
            PointsLine(.reception, .count(receptions), evidence: "《首问接待记录册》"),
            PointsLine(.visits, .households(30), evidence: "《居民区走访记录》"),
            PointsLine(.training, .count(1), evidence: "培训通知"),
        ])
        return try! card.signed(by: Fixtures.secretary, on: LocalDate(iso: "2026-12-01")!, rules: rules).get()
    }

    @Test func onlyChangedComputedItemsOfASignedCardAreLate() {
        let now = [PointsLine(.reception, .count(5), evidence: "x"), PointsLine(.visits, .households(30), evidence: "changed words only"),
                   PointsLine(.duty, .count(2), evidence: "y")]
        let record = LateRecord(item: .reception, what: "第 9 号接待记录（11-30）居民签字", at: Date(timeIntervalSince1970: 1_796_000_000))
        let late = LateAddition.of(signed(3), recomputed: now, records: [record], rules: rules)
        #expect(late.map(\.item) == [.reception, .duty])
        #expect(late.map(\.pointsAdded) == [4, 10])
        #expect(late[0].records == [record] && late[1].records.isEmpty && late[1].inForce == nil)
        #expect(late[1].summary(rules: rules) == "错时值班 无 → 2 次 1.0 分，+1.0 分")
        let unsigned = PointsCard(workerID: 2, month: month, lines: signed(3).lines)
        #expect(LateAddition.of(unsigned, recomputed: now, records: [record], rules: rules).isEmpty)
    }

    @Test func recomputingIsANewAmendmentAndTheSignedLinesStay() throws {
        let card = signed(3)
        let amended = try card.recomputing(PointsLine(.reception, .count(4), evidence: "x"), reason: "补签",
                                           by: Fixtures.secretary, on: day, rules: rules).get()
        #expect(amended.lines == card.lines && amended.signature == card.signature)
        #expect(amended.currentLines[0].claim == .count(4))
        let a = try #require(amended.amendments.last)
        #expect(a.recomputed && a.change == .change && a.lineIndex == 0 && a.changeTitle == "重算")
        #expect(CardTotal.of(amended, rules: rules).total == CardTotal.of(card, rules: rules).total + 2)
        // An item the card lacks is added.
        let duty = try amended.recomputing(PointsLine(.duty, .count(1), evidence: "y"), reason: "补签退", by: Fixtures.secretary,
                                           on: day, rules: rules).get()
        #expect(duty.amendments.last?.change == .add && duty.amendments.last?.lineIndex == nil && duty.currentLines.last?.item == .duty)
    }

    @Test func recomputingIsRefusedWhenNothingChangedForManualItemsAndWithoutAReason() {
        let card = signed(3)
        let same = card.recomputing(PointsLine(.reception, .count(3), evidence: "new words"), reason: "x", by: Fixtures.secretary, on: day, rules: rules)
        #expect(throws: InputError.self) { try same.get() }
        let manual = card.recomputing(PointsLine(.training, .count(2), evidence: "x"), reason: "x", by: Fixtures.secretary, on: day, rules: rules)
        #expect(throws: InputError.self) { try manual.get() }
        let noReason = card.recomputing(PointsLine(.reception, .count(4), evidence: "x"), reason: " ", by: Fixtures.secretary, on: day, rules: rules)
        #expect(throws: InputError.self) { try noReason.get() }
        let unsigned = PointsCard(workerID: 2, month: month, lines: card.lines)
        #expect(throws: InputError.self) {
            try unsigned.recomputing(PointsLine(.reception, .count(4), evidence: "x"), reason: "x", by: Fixtures.secretary, on: day, rules: rules).get()
        }
    }
}
