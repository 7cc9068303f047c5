import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Issue #19, "one truth on every screen": a replied record reads 已答复 on the record as in the
/// lists; the ledger and the disclosure list entries by date; the office share is one figure on
/// the ledger page and in the report.
@Suite struct OneTruthTests {
    // MARK: - Reception status

    /// The reception tab with `record` open in full (Enter on today's list).
    static func recordOpen(_ record: ReceptionRecord) -> AppState {
        var state = Fixtures.mainState()
        Fixtures.send([.ctrl("t")], to: &state)
        _ = AppUpdate.update(&state, .reception(.today([record])))
        Fixtures.send([.enter], to: &state)
        return state
    }

    @Test("after a reply the record says 已答复 as today's list does, never 待回复")
    func repliedReadsTheSameEverywhere() {
        let replied = ReceptionListMarksTests.record(id: 7, replied: true)
        #expect(replied.status == .replied && replied.status.title == "已答复")
        Golden.assert(Fixtures.render(Self.recordOpen(replied)), named: "reception-record-replied")
        let record = Fixtures.screenText(Self.recordOpen(replied))
        #expect(record.contains("办理结果：已答复"))
        #expect(!record.contains("待回复"))
        let waiting = Fixtures.screenText(Self.recordOpen(ReceptionListMarksTests.record(id: 8, replied: false)))
        #expect(waiting.contains("办理结果：待回复"))
    }

    @Test("the status is the recorded outcome for every record without a reply, and 已答复 only for a replied 待回复")
    func statusFollowsOutcomeAndReply() {
        for outcome in ReceptionOutcome.allCases {
            let draft = ReceptionDraft(at: Fixtures.now, residentName: "张桂英", room: "", category: "社会救助", question: "问",
                                       outcome: outcome)
            let record = ReceptionRecord(id: 1, workerID: 1, workerName: "王秀兰", original: draft)
            #expect(record.status == .outcome(outcome))
            #expect(ReceptionStatus.parse(record.status.title)?.outcome == outcome)
        }
        #expect(ReceptionStatus.parse("已答复")?.outcome == .awaitingReply)
        #expect(ReceptionStatus.parse("已办结") == nil)
    }

    // MARK: - Ledger order

    /// The fixture's books with a party payment recorded late: entry 9 is dated 02-08, after entry 8 of 02-09.
    static var lateBook: FundsBook {
        var book = FundsFixtures.book
        let early = FundsFixtures.expense(8, 5_000, payee: "曹杨超市", date: "2026-02-07")
        let late = FundsFixtures.expense(9, 6_000, payee: "宜川文具店", date: "2026-02-06")
        let p8 = FundsFixtures.entry(8, late, 6_000, after: 74_000, date: "2026-02-09")
        let p9 = FundsFixtures.entry(9, early, 5_000, after: 79_000, date: "2026-02-08")
        book.records += [ExpenseRecord(expense: late, project: "", receipts: "", requester: Fixtures.worker, payment: p8),
                         ExpenseRecord(expense: early, project: "", receipts: "", requester: Fixtures.worker, payment: p9)]
        book.entries += [p8, p9]
        return book
    }

    @Test("the ledger page lists a fund's entries by date, then by number, whatever order they were written in")
    func ledgerByDate() {
        var s = FundsFixtures.state(book: Self.lateBook)
        Fixtures.send([.char("l"), .char("l")], to: &s)
        let dates = Fixtures.screenText(s).split(separator: "\n").compactMap { line in
            line.split(separator: " ").first { $0.count == 10 && $0.hasPrefix("2026-") }.map(String.init)
        }
        #expect(dates.count >= 5)
        #expect(dates == dates.sorted())
        #expect(dates.prefix(2) == ["2026-02-08", "2026-02-09"])
    }

    @Test("the disclosure lists the period's entries by date, then by number")
    func disclosureByDate() {
        let report = FundsReport(book: Self.lateBook, period: ReportPeriod(text: "2026")!, isPublic: true, rules: FundsFixtures.rules)
        let dates = report.entries.map(\.date)
        #expect(dates == dates.sorted())
        #expect(report.entries.first?.date.iso == "2026-02-08")
        let sameDay = [FundsFixtures.entry(3, FundsFixtures.expense(3, 100, payee: "甲", date: "2026-01-01"), 100, after: 0, date: "2026-03-01"),
                       FundsFixtures.entry(2, FundsFixtures.expense(2, 100, payee: "乙", date: "2026-01-01"), 100, after: 0, date: "2026-03-01")]
        #expect(sameDay.chronological().map(\.id) == [2, 3])
    }

    // MARK: - Office share

    @Test("19.38% is 19.4% on the ledger page and in the report: one rounding, up to a tenth, said in the report")
    func officeShareOneRounding() throws {
        var book = FundsFixtures.book
        book.budgets[.committee] = 10_000_000
        let office = FundsFixtures.expense(4, 1_938_000, payee: "好邻居文具店", fund: .committee, category: .office, date: "2026-11-02")
        let p4 = FundsFixtures.entry(4, office, 1_938_000, after: 1_938_000, date: "2026-11-03")
        book.records.append(ExpenseRecord(expense: office, project: "", receipts: "", requester: Fixtures.worker, payment: p4))
        book.entries.append(p4)
        var s = FundsFixtures.state(book: book)
        Fixtures.send([.char("l")], to: &s)
        let screen = Fixtures.screenText(s)
        let report = FundsReportPage.text(FundsReport(book: book, period: ReportPeriod(text: "2026")!, isPublic: false,
                                                      rules: FundsFixtures.rules),
                                          committee: FundsReportTests.committee, made: FundsFixtures.today,
                                          clause: FundsFixtures.rules.clause(.officeCap))
        #expect(screen.contains("19.4%"))
        #expect(report.replacingOccurrences(of: "\n", with: "").contains("19.4%"))
        #expect(!screen.contains("19.3%") && !report.contains("19.38%"))
        #expect(report.replacingOccurrences(of: "\n", with: "").contains(OfficeCap.shareRounding))
    }

    @Test("the share rounds up to a tenth of a percent, so a share over the cap never reads as within it",
          arguments: [(1_938, 10_000, 194), (3_500, 10_000, 350), (35_001, 100_000, 351), (1, 100_000, 1), (0, 10_000, 0), (5, 0, 0)])
    func shareRoundsUp(spent: Int64, budget: Int64, permille: Int64) {
        #expect(OfficeCap.sharePermille(spent: spent, budget: budget) == permille)
        #expect(OfficeCap.shareText(spent: spent, budget: budget) == "\(permille / 10).\(permille % 10)%")
    }
}
