@testable import AppCore
import Domain
import Foundation
import Testing

/// The staff's view of a reception record says how the resident rated it at the touch screen.
@Suite struct ReceptionRatingLineTests {
    static func record(rating: ResidentRating?) -> ReceptionRecord {
        let draft = ReceptionDraft(at: Fixtures.now, residentName: "刘阿婆", room: "1号101", category: "咨询", question: "低保")
        var r = ReceptionRecord(id: 7, workerID: Fixtures.worker.id, workerName: Fixtures.worker.name, original: draft)
        r.rating = rating
        return r
    }

    @Test func aRatedRecordShowsTheLevelTheReasonAndTheTimeAndADissatisfiedOneStandsOut() {
        let at = Fixtures.now.addingTimeInterval(600)
        let r = Self.record(rating: ResidentRating(level: .dissatisfied, reason: "态度不好", at: at))
        let line = ReceptionRecordView.lines(r, user: Fixtures.secretary, width: 80).first { $0.text.contains("触摸屏评价") }
        #expect(line?.text == "居民在触摸屏评价：不满意（态度不好） \(VisitTime.format(at))")
        #expect(line?.role == .messageWarning)
        let plain = Self.record(rating: ResidentRating(level: .satisfied, reason: nil, at: at))
        let text = ReceptionRecordView.lines(plain, user: Fixtures.secretary, width: 80).map(\.text)
        #expect(text.contains("居民在触摸屏评价：满意 \(VisitTime.format(at))"))
    }

    @Test func anUnratedRecordSaysNothingOfARating() {
        let text = ReceptionRecordView.lines(Self.record(rating: nil), user: Fixtures.secretary, width: 80).map(\.text)
        #expect(!text.contains { $0.contains("评价") })
    }
}
