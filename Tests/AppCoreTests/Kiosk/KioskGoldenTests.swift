import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Golden screens of every kiosk page at 80×24 and at a touch monitor's 160×48.
@Suite struct KioskGoldenTests {
    typealias F = KioskFixtures

    /// Each page by name, reached from 首页 as a resident would.
    static let pages: [(String, @Sendable (inout KioskState) -> Void)] = [
        ("home", { _ in }),
        ("profile", { F.press(&$0, .char("1")) }),
        ("notices", { F.press(&$0, .char("2")) }),
        ("info", { F.press(&$0, .char("3")) }),
        ("book-slots", { F.press(&$0, .char("3"), .char("1")) }),
        ("book-form", { s in
            F.press(&s, .char("3"), .char("1"), .char("2"))
            F.press(&s, .char("王"), .char("先"), .char("生"), .tab, .char("1"), .char("3"), .char("9"))
        }),
        ("guide", { F.press(&$0, .char("4")) }),
        ("category", { F.press(&$0, .char("4"), .char("2")) }),
        ("search", { s in F.press(&s, .char("4"), .char("1"), .char("d"), .char("b")) }),
        ("item", { s in F.press(&s, .char("4"), .char("1"), .char("d"), .char("b"), .char("s"), .char("q"), .char("1")) }),
        ("rate", { s in F.press(&s, .char("5"), .char("1"), .char("2"), .char("b")) }),
        ("staff-exit", { s in F.press(&s, .ctrl("x"), .char("1"), .char("2")) }),
    ]

    @Test(arguments: [(80, 24), (160, 48)])
    func everyPage(width: Int, height: Int) {
        for (name, steps) in Self.pages {
            var state = F.state(width: width, height: height)
            steps(&state)
            Golden.assert(F.render(state), named: "kiosk-\(name)-\(width)x\(height)")
        }
    }

    @Test func beforeTheFirstReadItSaysSo() {
        var state = KioskState(width: 80, height: 24, now: F.now, keymap: KioskKeymap.standard)
        state.snapshot = nil
        #expect(F.text(state).contains(KioskText.loading))
    }
}
