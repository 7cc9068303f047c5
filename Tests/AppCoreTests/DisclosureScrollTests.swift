@testable import AppCore
import Domain
import ScreenKit
import Testing

/// The disclosure page scrolls as the other long pages do (`Scroll.moved`): never before the top nor
/// past its last line, so a ↑ after End moves at once.
@Suite struct DisclosureScrollTests {
    static func page() -> FundsState {
        var funds = FundsFixtures.state().main!.funds
        funds.page = .report
        return funds
    }

    static func moved(_ commands: [Command], _ funds: inout FundsState) -> Int {
        for command in commands { #expect(DisclosureFeature.handle(command, &funds, today: FundsFixtures.today)) }
        return funds.report.scroll
    }

    @Test("End stops at the last line; ↓ past it stays, ↑ moves one line back")
    func endAndBack() {
        var funds = Self.page()
        let end = Self.moved([.last], &funds)
        #expect(end > 0)
        #expect(Self.moved([.down, .pageDown], &funds) == end)
        #expect(Self.moved([.up], &funds) == end - 1)
    }

    @Test("Home, ↑ and PgUp never go before the top; PgDn moves a page")
    func topAndPages() {
        var funds = Self.page()
        #expect(Self.moved([.up, .pageUp], &funds) == 0)
        let end = Self.moved([.last], &funds)
        #expect(Self.moved([.first, .pageDown], &funds) == min(end, ListState.pageRows))
        #expect(Self.moved([.pageUp], &funds) == 0)
    }

    @Test("another period starts again at the top")
    func periodResets() {
        var funds = Self.page()
        _ = Self.moved([.down, .down], &funds)
        #expect(Self.moved([.reportKind], &funds) == 0)
    }
}
