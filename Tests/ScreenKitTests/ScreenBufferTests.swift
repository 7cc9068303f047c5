import Testing
@testable import ScreenKit

/// The buffer: writing clips by display width, wide characters stay whole, dumps are exact.
@Suite struct ScreenBufferTests {
    // MARK: - put

    @Test func putWritesWideCharactersAsCellAndContinuation() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        let written = buffer.put("a汉b", x: 0, y: 0, role: .label)
        #expect(written == 4)
        #expect(buffer[0, 0] == Cell("a", width: 1, role: .label))
        #expect(buffer[1, 0] == Cell("汉", width: 2, role: .label))
        #expect(buffer[2, 0] == Cell.continuation(.label))
        #expect(buffer[3, 0] == Cell("b", width: 1, role: .label))
        #expect(buffer.textLines() == ["a汉b  "])
    }

    @Test func putClipsAtMaxWidthWithoutSplittingAWideCharacter() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let written = buffer.put("居委会", x: 1, y: 0, maxWidth: 5, role: .field)
        #expect(written == 4)
        #expect(buffer.textLines() == [" 居委     "])
        #expect(buffer[5, 0] == Cell())
    }

    @Test func putClipsAtTheRightEdge() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.put("ab汉字", x: 0, y: 0, role: .normal) == 4)
        #expect(buffer.textLines() == ["ab汉 "])
        #expect(buffer[4, 0] == Cell())
    }

    @Test func putOutsideTheBufferWritesNothing() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        #expect(buffer.put("x", x: 0, y: 2, role: .normal) == 0)
        #expect(buffer.put("x", x: 4, y: 0, role: .normal) == 0)
        #expect(buffer.put("x", x: 0, y: -1, role: .normal) == 0)
        #expect(buffer == ScreenBuffer(width: 4, height: 2))
    }

    @Test func putStopsAtANewline() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        #expect(buffer.put("ab\ncd", x: 0, y: 0, role: .normal) == 2)
        #expect(buffer.textLines() == ["ab    ", "      "])
    }

    // MARK: - Overwriting half of a wide character

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("汉字", x: 0, y: 0, role: .label)
        buffer.put("x", x: 1, y: 0, role: .field)
        #expect(buffer.textLines() == [" x字"])
        #expect(buffer[0, 0] == Cell(" ", width: 1, role: .label))
        #expect(buffer[1, 0] == Cell("x", width: 1, role: .field))
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("汉字", x: 0, y: 0, role: .label)
        buffer.put("y", x: 2, y: 0, role: .field)
        #expect(buffer.textLines() == ["汉y "])
        #expect(buffer[3, 0] == Cell(" ", width: 1, role: .label))
    }

    @Test func wideOverTwoWideHalvesBlanksBothNeighbours() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("汉字码", x: 0, y: 0, role: .normal)
        buffer.put("新", x: 1, y: 0, role: .normal)
        #expect(buffer.textLines() == [" 新 码"])
        #expect(buffer.cells.map(\.width).reduce(0, +) == 6)
    }

    @Test func fillOverHalfAWideCharacterKeepsTheRowItsWidth() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("汉字码", x: 0, y: 0, role: .normal)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), role: .dialog)
        #expect(buffer.textLines() == ["    码"])
        #expect(DisplayWidth.of(buffer.textLines()[0]) == 6)
    }

    // MARK: - Dumps

    @Test func styleRunsLeaveOutNormalAndMergeNeighbours() {
        var buffer = ScreenBuffer(width: 8, height: 2)
        buffer.put("首问", x: 0, y: 0, role: .tabActive)
        buffer.put("走访", x: 4, y: 0, role: .tabInactive)
        buffer.put("ok", x: 2, y: 1, role: .messageOK)
        buffer.put("!", x: 4, y: 1, role: .messageOK)
        #expect(buffer.styleRuns() == [
            .init(y: 0, x: 0, length: 4, role: .tabActive),
            .init(y: 0, x: 4, length: 4, role: .tabInactive),
            .init(y: 1, x: 2, length: 3, role: .messageOK),
        ])
    }

    @Test func dumpFramesTheLinesAndListsTheRuns() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        buffer.put("积分", x: 0, y: 0, role: .title)
        buffer.put("9.5", x: 1, y: 1, role: .normal)
        #expect(buffer.dump() == "|积分 |\n| 9.5 |\n--- styles\n0:0+4 title\n")
    }

    @Test func restyleKeepsTheText() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("ab", x: 0, y: 0, role: .listRow)
        buffer.restyle(Rect(x: 0, y: 0, width: 4, height: 1), role: .listSelected)
        #expect(buffer.textLines() == ["ab  "])
        #expect(buffer.styleRuns() == [.init(y: 0, x: 0, length: 4, role: .listSelected)])
    }

    @Test func cursorTakesPartInEquality() {
        var a = ScreenBuffer(width: 2, height: 1)
        let b = a
        a.cursor = (x: 1, y: 0)
        #expect(a != b)
        #expect(a.cursor?.x == 1)
        a.cursor = nil
        #expect(a == b)
    }
}
