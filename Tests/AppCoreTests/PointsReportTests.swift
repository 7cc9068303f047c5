import AppCore
import Domain
import Foundation
import Testing

/// `report points`: the issue's columns, one decimal, 安全守纪 as 0 or 清零; the printable card.
@Suite struct PointsReportTests {
    let rules = PointsScreenTests.rules

    @Test func theMonthRowHasTheIssuesColumns() {
        let total = CardTotal.of(PointsScreenTests.card, rules: rules)
        let csv = PointsReport.monthCSV([PointsReport.monthCells(name: "李明", total: total, rules: rules)])
        #expect(csv == "\u{FEFF}姓名,月份,首问接待,线上反馈,社区走访,错时值班,专项行动,志愿服务,获奖情况,氛围营造,督查考评,学习培训,业务提升,居民投诉,矛盾调处,安全守纪,当月积分合计\r\n"
            + "李明,2026-11,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,1.0,0.0,-3.0,0.0,0,-2.0\r\n")
    }

    /// 清零 takes a month's points away but never raises a negative month (this card sums to −2.0).
    @Test func aBreachShowsAsClearedAndNeverRaisesTheMonth() throws {
        let breach = PointsLine(.breach, .breach, evidence: "", meetingRecord: "11-25 班子会议")
        let card = try PointsScreenTests.card.editing(lines: PointsScreenTests.card.lines + [breach]).get()
        let cells = PointsReport.monthCells(name: "李明", total: CardTotal.of(card, rules: rules), rules: rules)
        #expect(cells.suffix(2) == ["清零", "-2.0"])
    }

    @Test func thePrintableCardEndsWithTheSignatureLine() {
        let total = CardTotal.of(PointsScreenTests.card, rules: rules)
        let text = PointsReport.monthText(committee: "长寿路第一居委会", month: PointsScreenTests.november,
                                          cards: [(name: "李明", total: total, rules: rules)])
        Golden.assert(text: text, named: "points-card-print")
        #expect(text.contains("当月积分合计 -2.0 分") && text.contains("党总支书记签名：________（未签名）"))
    }
}
