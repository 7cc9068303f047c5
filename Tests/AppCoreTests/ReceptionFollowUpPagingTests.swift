import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The follow-up list is read a page at a time: Ctrl-F asks for the first page, the title shows
/// the whole list's counts, moving near the end asks for the next page, End for all the rest.
@Suite struct ReceptionFollowUpPagingTests {
    var state = Fixtures.mainState()
    var reception: ReceptionState { state.main!.reception }
    static let today = ShanghaiCalendar.day(of: Fixtures.now)

    static func page(_ ids: ClosedRange<Int64>, offset: Int, total: Int = 250, overdue: Int = 40) -> FollowUpPage {
        FollowUpPage(records: ids.map { ReceptionLogUpdateTests.record(id: $0) }, offset: offset, total: total, overdue: overdue)
    }

    @Test("Ctrl-F asks for the first page with today's counts; the title shows the whole list's counts, not the page's")
    mutating func firstPage() {
        #expect(Fixtures.send([.ctrl("f")], to: &state) == [.reception(.followUps(today: Self.today, offset: 0, limit: nil))])
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(1...100, offset: 0))))
        #expect(reception.log.records.count == 100)
        #expect(Fixtures.screenText(state).contains("待回复 250 条 · 逾期 40 条"))
    }

    @Test("moving within two pages of keys of the end asks once for the next page, which is added to the list")
    mutating func nextPage() {
        Fixtures.send([.ctrl("f")], to: &state)
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(1...100, offset: 0))))
        for _ in 0..<7 { #expect(Fixtures.send([.pageDown], to: &state).isEmpty) }
        #expect(reception.log.list.selected == 70)
        #expect(Fixtures.send([.pageDown], to: &state) == [.reception(.followUps(today: Self.today, offset: 100, limit: nil))])
        #expect(Fixtures.send([.down], to: &state).isEmpty)   // already asked
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(101...200, offset: 100))))
        #expect(reception.log.records.map(\.id) == Array(1...200) && reception.log.list.selected == 81)
        #expect(!reception.followUps.loading)
    }

    @Test("End asks for all the rest and chooses the last record when it arrives")
    mutating func endReadsTheRest() {
        Fixtures.send([.ctrl("f")], to: &state)
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(1...100, offset: 0))))
        #expect(Fixtures.send([.end], to: &state) == [.reception(.followUps(today: Self.today, offset: 100, limit: -1))])
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(101...250, offset: 100))))
        #expect(reception.log.records.count == 250 && reception.log.selectedRecord?.id == 250)
        #expect(Fixtures.send([.end], to: &state).isEmpty)   // nothing more to read
    }

    @Test("a page for a list since left, or one not following what is shown, is dropped")
    mutating func stalePagesAreDropped() {
        Fixtures.send([.ctrl("f")], to: &state)
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(1...100, offset: 0))))
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(101...200, offset: 100))))   // never asked for
        #expect(reception.log.records.count == 100)
        #expect(!Fixtures.send([.end], to: &state).isEmpty)
        Fixtures.send([.ctrl("t")], to: &state)
        _ = AppUpdate.update(&state, .reception(.today([])))
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(101...250, offset: 100))))
        #expect(reception.screen == .today && reception.log.records.isEmpty)
    }

    @Test("Esc from a record opened far down the list reads again at least as many records as were shown")
    mutating func reloadKeepsWhatWasShown() {
        Fixtures.send([.ctrl("f")], to: &state)
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(1...100, offset: 0))))
        Fixtures.send([.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown], to: &state)
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(101...200, offset: 100))))
        Fixtures.send([.enter], to: &state)
        #expect(Fixtures.send([.escape], to: &state) == [.reception(.followUps(today: Self.today, offset: 0, limit: 200))])
    }

    @Test("golden: part of a long list read, the title and the place counted in the whole list")
    mutating func goldenPartOfALongList() {
        Fixtures.send([.ctrl("f")], to: &state)
        _ = AppUpdate.update(&state, .reception(.followUps(Self.page(1...100, offset: 0, total: 10_179, overdue: 10_009))))
        Fixtures.send([.pageDown, .pageDown, .down], to: &state)
        Golden.assert(Fixtures.render(state), named: "reception-follow-ups-paged")
    }
}
