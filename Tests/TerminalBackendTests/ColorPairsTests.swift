import Testing
@testable import TerminalBackend

/// Colour pairs are made once per pair of colours, within the terminal's limit.
@Suite struct ColorPairsTests {
    @Test func defaultColoursArePairZero() {
        var pairs = ColorPairs(capacity: 64)
        #expect(pairs.pair(foreground: -1, background: -1) == (0, false))
        #expect(pairs.count == 0)
    }

    @Test func aPairIsMadeOnceAndReused() {
        var pairs = ColorPairs(capacity: 64)
        #expect(pairs.pair(foreground: 7, background: 4) == (1, true))
        #expect(pairs.pair(foreground: 1, background: -1) == (2, true))
        #expect(pairs.pair(foreground: 7, background: 4) == (1, false))
        #expect(pairs.count == 2)
    }

    @Test func whenPairsRunOutTextIsUncoloured() {
        var pairs = ColorPairs(capacity: 3)
        #expect(pairs.pair(foreground: 1, background: -1).number == 1)
        #expect(pairs.pair(foreground: 2, background: -1).number == 2)
        #expect(pairs.pair(foreground: 3, background: -1) == (0, false))
    }

    @Test func removeAllStartsOver() {
        var pairs = ColorPairs(capacity: 8)
        _ = pairs.pair(foreground: 1, background: 2)
        pairs.removeAll()
        #expect(pairs.pair(foreground: 3, background: 4) == (1, true))
    }
}
