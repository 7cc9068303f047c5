import Testing
@testable import ScreenKit

/// Display widths: what each kind of character takes on a terminal, and cutting text to fit.
@Suite struct DisplayWidthTests {
    // MARK: - One character

    @Test(arguments: [
        ("a", 1), ("~", 1), ("汉", 2), ("字", 2), ("５", 2), ("，", 2), ("。", 2), ("\u{FF71}", 1), ("ア", 2), ("가", 2),
    ] as [(Character, Int)])
    func widthOfOneCharacter(character: Character, width: Int) {
        #expect(DisplayWidth.of(character) == width)
    }

    @Test func combiningMarkAloneTakesNoColumn() {
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
    }

    @Test func letterWithCombiningMarkTakesOneColumn() {
        let composed = "e\u{0301}"
        #expect(composed.count == 1)
        #expect(DisplayWidth.of(composed) == 1)
    }

    @Test func controlCharactersTakeNoColumn() {
        #expect(DisplayWidth.of(Character("\u{07}")) == 0)
    }

    // MARK: - Strings

    @Test func widthOfMixedText() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("居委会") == 6)
        #expect(DisplayWidth.of("第5号楼") == 7)
        #expect(DisplayWidth.of("５００元") == 8)
    }

    @Test func prefixNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.prefix("居委会", fitting: 5) == "居委")
        #expect(DisplayWidth.prefix("居委会", fitting: 1) == "")
        #expect(DisplayWidth.prefix("a居委", fitting: 3) == "a居")
        #expect(DisplayWidth.prefix("abc", fitting: 10) == "abc")
    }

    // MARK: - fit

    @Test func fitPadsShortTextToTheColumns() {
        #expect(DisplayWidth.fit("走访", to: 6) == "走访  ")
        #expect(DisplayWidth.fit("ab", to: 2) == "ab")
    }

    @Test func fitCutsWithEllipsisAtAnOddBoundary() {
        // 4 columns of 汉字 and … (1 column) fill 5; at 4 the second 字 cannot fit beside the …
        let five = DisplayWidth.fit("首问接待", to: 5)
        #expect(five == "首问…")
        #expect(DisplayWidth.of(five) == 5)
        let four = DisplayWidth.fit("首问接待", to: 4)
        #expect(four == "首… ")
        #expect(DisplayWidth.of(four) == 4)
    }

    @Test func fitWithoutEllipsisPadsTheGapLeftByAWideCharacter() {
        #expect(DisplayWidth.fit("首问接待", to: 5, ellipsis: false) == "首问 ")
    }

    @Test func fitToNothingIsEmpty() {
        #expect(DisplayWidth.fit("首问", to: 0) == "")
        #expect(DisplayWidth.fit("首问", to: -3) == "")
    }
}
