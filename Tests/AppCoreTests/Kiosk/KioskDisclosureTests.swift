import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// 社区动态 shows the public funds disclosure of the last half-year that has ended, as the public
/// report lays it out: a private payee as 个人, never the internal edition.
@Suite struct KioskDisclosureTests {
    typealias F = KioskFixtures

    static let disclosure = KioskDisclosure(report: FundsReportTests.report("2026-H2", public: true), rules: FundsFixtures.rules)!

    static func state(width: Int = 80, height: Int = 24) -> KioskState {
        var state = F.state(width: width, height: height)
        state.snapshot?.disclosure = disclosure
        F.press(&state, .char("2"))
        return state
    }

    /// The text of every page of 社区动态, PgDn after PgDn.
    static func allPages(_ start: KioskState) -> [String] {
        var state = start
        var out = [F.text(state)]
        for _ in 0..<40 {
            let before = state.scroll
            F.press(&state, .pageDown)
            if state.scroll == before { break }
            out.append(F.text(state))
        }
        return out
    }

    @Test func theInternalEditionIsNeverTakenAndTheLastEndedHalfIsChosen() {
        #expect(KioskDisclosure(report: FundsReportTests.report("2026-H2", public: false), rules: FundsFixtures.rules) == nil)
        #expect(KioskDisclosure.period(before: LocalDate(iso: "2026-11-29")!).description == "2026-H1")
        #expect(KioskDisclosure.period(before: LocalDate(iso: "2026-06-30")!).description == "2025-H2")
        #expect(KioskDisclosure.period(before: LocalDate(iso: "2026-07-01")!).description == "2026-H1")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func itIsReadPageByPageWithPrivatePayeesMaskedAndNothingCutOff(width: Int, height: Int) {
        let pages = Self.allPages(Self.state(width: width, height: height))
        let all = pages.joined(separator: "\n")
        #expect(pages.count > 1, "the report runs over several pages")
        #expect(all.contains("2026年下半年经费使用情况公开") && all.contains("个人"))
        #expect(!all.contains("张桂英"), "a private payee, masked as the public report masks it")
        #expect(all.contains("冬季用电安全提示"), "the notices are still there")
    }

    @Test func goldenPages() {
        var state = Self.state()
        Golden.assert(F.render(state), named: "kiosk-disclosure-80x24")
        F.press(&state, .pageDown)
        Golden.assert(F.render(state), named: "kiosk-disclosure-next-80x24")
        Golden.assert(F.render(Self.state(width: 160, height: 48)), named: "kiosk-disclosure-160x48")
    }
}
