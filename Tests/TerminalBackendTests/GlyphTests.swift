import ScreenKit
import Testing
@testable import TerminalBackend

/// What is written for a cell, when ScreenKit's width and the C library's agree and when not.
@Suite struct GlyphTests {
    /// A stand-in for `wcwidth`: CJK wide, combining marks and joiners zero, controls -1.
    static func width(_ value: UInt32) -> Int {
        switch value {
        case 0..<0x20, 0x7F..<0xA0: return -1
        case 0x300..<0x370, 0x200D, 0xFE0F: return 0
        case 0x4E00..<0xA000, 0x1F300..<0x1FAFF: return 2
        default: return 1
        }
    }

    func glyph(_ text: String, width: Int) -> Glyph {
        Glyph(for: Cell(text, width: width), width: Self.width)
    }

    @Test func narrowAndWideCharactersAsTheyAre() {
        #expect(glyph("a", width: 1) == Glyph(scalars: [0x61]))
        #expect(glyph("中", width: 2) == Glyph(scalars: [0x4E2D]))
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(glyph("e\u{301}", width: 1) == Glyph(scalars: [0x65, 0x301]))
    }

    @Test func aCchartHoldsAtMostFiveCharacters() {
        let text = "a" + String(repeating: "\u{301}", count: 7)
        #expect(glyph(text, width: 1).scalars.count == Glyph.maximumScalars)
    }

    @Test func joinedEmojiKeepsItsFirstPicture() {
        #expect(glyph("👨\u{200D}👩\u{200D}👧", width: 2) == Glyph(scalars: [0x1F468]))
    }

    @Test func emptyCellIsABlank() {
        #expect(glyph("", width: 1) == Glyph(scalars: [0x20]))
    }

    @Test func controlCharacterIsAQuestionMark() {
        #expect(glyph("\u{1B}", width: 1) == Glyph(scalars: [0x3F]))
    }

    @Test func narrowerInCursesIsPaddedWithABlank() {
        #expect(glyph("é", width: 2) == Glyph(scalars: [0xE9], padding: 1))
    }

    @Test func widerInCursesBecomesAQuestionMark() {
        #expect(glyph("中", width: 1) == Glyph(scalars: [0x3F]))
    }
}
