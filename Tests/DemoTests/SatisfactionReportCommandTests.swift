import ArgumentParser
@testable import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// `report satisfaction` on the command line: one period only, each source a row of its own in the
/// CSV (with a BOM) and on the printed page, and the notes that say the rows are not added up.
@Suite(.serialized) struct SatisfactionReportCommandTests {
    let fixture: CommandFixture

    init() throws { fixture = try CommandFixture() }

    /// The month of an hour ago, one record rated 不满意 at the screen and one 待回复 replied 满意.
    func recordsRated() throws -> String {
        let db = try fixture.open()
        let at = Date().addingTimeInterval(-3600)
        let draft = ReceptionDraft(at: at, residentName: "钱阿姨", room: "9号901", category: "咨询", question: "楼道灯")
        let rated = try db.addReception(draft, by: fixture.secretary.id, at: at)
        try db.rateReception(KioskRating(receptionID: rated.id, level: .dissatisfied, reason: "要跑好几次"), at: at)
        var waiting = draft
        waiting.outcome = .awaitingReply
        waiting.department = "街道"
        waiting.replyDue = ShanghaiCalendar.day(of: at).adding(days: 3)
        let open = try db.addReception(waiting, by: fixture.secretary.id, at: at)
        _ = try db.replyReception(open.id, text: "已报修", satisfaction: .satisfied, by: fixture.secretary.id, at: at)
        return ShanghaiCalendar.month(of: at).description
    }

    @Test func theCSVHasABOMAndOneRowASourceWithItsOwnFigures() throws {
        let month = try recordsRated()
        let out = fixture.folder + "/s.csv"
        #expect(fixture.run(["report", "satisfaction", "--month", month, "--format", "csv", "-o", out]))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a BOM, which Excel needs")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("期间,来源,件数所指,件数,已评价,满意,基本满意,不满意,满意率\r\n"))
        let rows = text.components(separatedBy: "\r\n").filter { $0.contains("本期") }
        #expect(rows.count == 3)
        #expect(rows[0].hasSuffix(",触摸屏评价,本期接待记录,2,1,0,0,1,0.0%"))
        #expect(rows[1].hasSuffix(",待回复事项的答复,本期接待记录中的待回复事项,1,1,1,0,0,100.0%"))
        #expect(rows[2].hasSuffix(",线上答复,本期收到并已答复的线上问询,0,0,0,—,0,—"))
    }

    @Test func thePageSaysTheRowsAreNotAddedAndFitsEightyColumns() throws {
        let year = String(try recordsRated().prefix(4))
        let out = fixture.folder + "/s.txt"
        #expect(fixture.run(["report", "satisfaction", "--year", year, "-o", out]))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("居民满意度统计 \(year)年") && text.contains(SatisfactionFigures.separateNote))
        #expect(text.contains(SatisfactionFigures.rateNote) && text.contains("审计链："))
        let page = text.split(separator: "\n").filter { !$0.hasPrefix("审计链：") }   // the chain's head is every report's own line
        #expect(page.count > 10 && page.allSatisfy { Self.columns(String($0)) <= 80 })
    }

    /// Columns a line takes in a terminal: two for each CJK character or full-width sign.
    static func columns(_ line: String) -> Int { line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) } }

    @Test func oneAndOnlyOneValidPeriodIsTaken() {
        #expect(!fixture.run(["report", "satisfaction"]))
        #expect(!fixture.run(["report", "satisfaction", "--month", "2026-11", "--year", "2026"]))
        #expect(!fixture.run(["report", "satisfaction", "--month", "2026-13"]))
        #expect(!fixture.run(["report", "satisfaction", "--year", "26"]))
    }
}
