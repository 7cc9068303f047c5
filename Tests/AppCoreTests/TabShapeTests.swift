@testable import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Every tab has one shape (`TabFeature`) and is handed one context: the tab bar's order is the
/// features' order, and the rules a form applies are those in force on its day, from the rule book
/// the state carries, not the newest set.
@Suite struct TabShapeTests {
    @Test("each tab of the tab bar is drawn by exactly one feature, in the bar's order")
    func oneFeatureATab() {
        #expect(TabRouting.features.map { $0.tab } == Tab.allCases)
        for tab in Tab.allCases { #expect(TabRouting.feature(tab).tab == tab) }
    }

    /// The shipped book with a second set of 9 working days for a reply, in force from `effective`.
    static func book(secondFrom effective: LocalDate) throws -> RuleBook {
        var later = try #require(try RuleBook.bundled().ruleSets.last)
        later.id = "later"
        later.effective = effective
        later.reception.replyWorkingDays = 9
        return try RuleBook(try RuleBook.bundled().ruleSets + [later])
    }

    /// The due date the new reception form fills in by itself, on `Fixtures.now` (2026-11-29).
    static func defaultDue(_ book: RuleBook) -> String? {
        var s = AppState(width: 80, height: 24, now: Fixtures.now, keymap: AppKeymap.standard, ruleBook: book)
        s.committee = Fixtures.committee
        s.phase = .main(MainState(user: Fixtures.secretary))
        Fixtures.send([.ctrl("n")], to: &s)
        return s.activeForm?.fields.first { $0.id == "due" }?.text
    }

    @Test("the new reception form's due date follows the rules in force that day, not a set that starts later")
    func rulesInForce() throws {
        let shipped = Self.defaultDue(try RuleBook.bundled())
        #expect(shipped != nil && shipped != "")
        #expect(Self.defaultDue(try Self.book(secondFrom: LocalDate(year: 2027, month: 1, day: 1)!)) == shipped)
        #expect(Self.defaultDue(try Self.book(secondFrom: LocalDate(year: 2026, month: 1, day: 1)!)) != shipped)
    }

    @Test("the context's rules are the book's for its day")
    func contextRules() throws {
        let book = try Self.book(secondFrom: LocalDate(year: 2026, month: 12, day: 1)!)
        let context = TabContext(user: Fixtures.secretary, now: Fixtures.now, ruleBook: book, calendar: WorkingDayCalendar(),
                                 keymap: AppKeymap.standard, rooms: RoomLookup())
        #expect(context.rules?.id != "later")
        #expect(context.rules(on: LocalDate(year: 2026, month: 12, day: 1)!)?.id == "later")
    }
}
