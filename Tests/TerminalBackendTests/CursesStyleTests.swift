import ScreenKit
import Testing
@testable import TerminalBackend

/// From a theme's `TextStyle` to curses attributes and colour numbers.
@Suite struct CursesStyleTests {
    let full = Palette(colorCount: 256, hasDefaultColors: true)
    let eight = Palette(colorCount: 8, hasDefaultColors: true)
    let sixteen = Palette(colorCount: 16, hasDefaultColors: true)

    @Test func attributesFollowTheStyle() {
        let style = TextStyle(bold: true, underline: true, reverse: true, dim: true)
        #expect(CursesStyle(style, palette: .none).attributes == [.bold, .underline, .reverse, .dim])
        #expect(CursesStyle(.plain, palette: full).attributes.isEmpty)
    }

    @Test func noColourIsTheTerminalsDefault() {
        let style = CursesStyle(.plain, palette: full)
        #expect(style.foreground == -1 && style.background == -1)
        #expect(style.usesDefaultColors)
    }

    @Test func withoutDefaultColoursItIsWhiteOnBlack() {
        let palette = Palette(colorCount: 8, hasDefaultColors: false)
        let style = CursesStyle(.plain, palette: palette)
        #expect(style.foreground == 7 && style.background == 0)
    }

    @Test func monochromeTerminalIgnoresColours() {
        let style = CursesStyle(TextStyle(foreground: .named(1), background: .named(4), bold: true), palette: .none)
        #expect(style.usesDefaultColors)
        #expect(style.attributes == [.bold])
    }

    @Test func coloursTheTerminalHasAreKept() {
        let style = CursesStyle(TextStyle(foreground: .indexed(208), background: .bright(4)), palette: full)
        #expect(style.foreground == 208 && style.background == 12)
    }

    // MARK: - Fewer colours

    @Test(arguments: [
        (TerminalColor.bright(1), Int16(1)), (.indexed(196), 1), (.indexed(21), 4), (.indexed(46), 2),
        (.indexed(226), 3), (.indexed(231), 7), (.indexed(16), 0), (.indexed(208), 3),
        (.indexed(232), 0), (.indexed(250), 7),
    ])
    func eightColourTerminal(color: TerminalColor, number: Int16) {
        #expect(eight.number(for: color, isBackground: false) == number)
    }

    @Test(arguments: [(TerminalColor.indexed(196), Int16(9)), (.indexed(88), 1), (.indexed(244), 8), (.indexed(255), 15)])
    func sixteenColourTerminal(color: TerminalColor, number: Int16) {
        #expect(sixteen.number(for: color, isBackground: true) == number)
    }
}
