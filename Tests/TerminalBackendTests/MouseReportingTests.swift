import ScreenKit
import Testing
@testable import TerminalBackend

/// SGR 1006 mouse reports, fed as the bytes a terminal sends after Esc.
@Suite struct MouseReportingTests {
    /// Collects `body` through `EscapeSequence` as the terminal does, then decodes it.
    func read(_ body: String) -> InputEvent? {
        var sequence = EscapeSequence()
        var last: EscapeSequence.Progress = .incomplete
        for scalar in body.unicodeScalars { last = sequence.append(scalar) }
        return last == .complete ? sequence.event : nil
    }

    @Test func leftPressAndReleaseAtColumnTenRowFive() {
        #expect(read("[<0;10;5M") == .mouse(MouseEvent(.press, .left, column: 9, row: 4)))
        #expect(read("[<0;10;5m") == .mouse(MouseEvent(.release, .left, column: 9, row: 4)))
    }

    @Test func rightAndMiddleButtons() {
        #expect(read("[<2;1;1M") == .mouse(MouseEvent(.press, .right, column: 0, row: 0)))
        #expect(read("[<1;3;2M") == .mouse(MouseEvent(.press, .middle, column: 2, row: 1)))
    }

    @Test func wheelBothWays() {
        #expect(read("[<64;40;12M") == .mouse(MouseEvent(.wheelUp, .none, column: 39, row: 11)))
        #expect(read("[<65;40;12M") == .mouse(MouseEvent(.wheelDown, .none, column: 39, row: 11)))
    }

    @Test func dragWithTheLeftButtonHeld() {
        #expect(read("[<32;7;8M") == .mouse(MouseEvent(.drag, .left, column: 6, row: 7)))
    }

    @Test func modifiersAreKept() {
        let event = MouseReporting.decode("[<20;5;6M")   // 16 Ctrl + 4 Shift, left button
        #expect(event == MouseEvent(.press, .left, column: 4, row: 5, shift: true, ctrl: true))
        #expect(MouseReporting.decode("[<8;5;6M")?.alt == true)
    }

    /// Past column 223 the old X10 form cannot say where; SGR writes the numbers out.
    @Test func wideTerminalsReportEveryCell() {
        #expect(read("[<0;320;90M") == .mouse(MouseEvent(.press, .left, column: 319, row: 89)))
        #expect(read("[<0;65535;65535M") == .mouse(MouseEvent(.press, .left, column: 65534, row: 65534)))
    }

    @Test(arguments: ["[<0;10M", "[<0;10;5;6M", "[<x;1;1M", "[<0;0;5M", "[<35;10;5M", "[<66;1;1M", "[<0;10;5A"])
    func malformedOrUnwantedReportsAreNoEvent(body: String) {
        #expect(read(body) == nil)
    }

    @Test func aKeySequenceIsStillAKey() {
        #expect(read("[1;5D") == .key(.ctrlLeft))
    }

    @Test func enableAndDisableSequences() {
        #expect(MouseReporting.enable == "\u{1B}[?1000h\u{1B}[?1002h\u{1B}[?1006h")
        #expect(MouseReporting.disable.contains("\u{1B}[?1006l"))
        #expect(MouseReporting.disable.contains("\u{1B}[?1000l"))
    }

    @Test func anOverlongReportIsRejectedNotCollectedForEver() {
        var sequence = EscapeSequence()
        let steps = "[<0;1234567890;1234567890M".unicodeScalars.map { sequence.append($0) }
        #expect(steps.contains(.rejected))
    }
}
