import ScreenKit
import Testing
@testable import TerminalBackend

/// Collecting the characters after an Esc, and what the sequences mean.
@Suite struct EscapeSequenceTests {
    /// Feeds `body` one character at a time and returns the progress after each.
    func feed(_ body: String) -> (EscapeSequence, [EscapeSequence.Progress]) {
        var sequence = EscapeSequence()
        let steps = body.unicodeScalars.map { sequence.append($0) }
        return (sequence, steps)
    }

    @Test func ctrlLeftAsXtermSendsIt() {
        let (sequence, steps) = feed("[1;5D")
        #expect(steps == [.incomplete, .incomplete, .incomplete, .incomplete, .complete])
        #expect(sequence.key == .ctrlLeft)
    }

    @Test(arguments: [
        ("[1;5C", Key.ctrlRight), ("[5D", .ctrlLeft), ("Od", .ctrlLeft), ("Oc", .ctrlRight),
        ("[A", .up), ("OB", .down), ("[H", .home), ("OF", .end), ("[1~", .home), ("[4~", .end),
        ("[5~", .pageUp), ("[6~", .pageDown), ("[3~", .delete), ("[Z", .backTab),
        ("OP", .function(1)), ("OS", .function(4)), ("[15~", .function(5)), ("[24~", .function(12)),
        ("[[A", .function(1)), ("[[E", .function(5)),
    ])
    func knownSequences(body: String, key: Key) {
        let (sequence, steps) = feed(body)
        #expect(steps.last == .complete)
        #expect(sequence.key == key)
    }

    @Test func unknownCompleteSequenceHasNoKey() {
        let (sequence, steps) = feed("[1;2A")
        #expect(steps.last == .complete)
        #expect(sequence.key == nil)
    }

    @Test func altPlusKeyIsRejectedAtOnce() {
        var sequence = EscapeSequence()
        #expect(sequence.append("x") == .rejected)
        #expect(sequence.append("中") == .rejected)
        #expect(sequence.body.isEmpty)
    }

    @Test func controlCharacterEndsASequence() {
        var sequence = EscapeSequence("[1")
        #expect(sequence.append("\u{1B}") == .rejected)
        #expect(sequence.body == "[1")
    }

    @Test func overlongSequenceIsRejected() {
        var sequence = EscapeSequence("[" + String(repeating: "1", count: EscapeSequence.maximumLength - 1))
        #expect(sequence.append("1") == .rejected)
    }
}
