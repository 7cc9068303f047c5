import CNCursesW
import ScreenKit

// MARK: - Reading keys

extension Terminal {
    /// One thing `wget_wch` returned: a character, or a curses key code.
    struct RawInput: Equatable {
        var value: UInt32
        var isKeyCode: Bool
    }

    /// Waits up to `timeoutMilliseconds` (negative: for ever) for a key and decodes it.
    ///
    /// Returns nil when nothing came in time, when a signal interrupted the wait (check
    /// `Terminal.pendingSignal()`), or when the key is one the program does not use (Shift-Up,
    /// a mouse event, an unknown escape sequence). A Chinese character comes whole as `.char`.
    /// On `.resize` the terminal has already updated `size`, and the next `draw` repaints all.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        readInput(timeoutMilliseconds: timeoutMilliseconds)?.key
    }

    /// Waits up to `timeoutMilliseconds` (negative: for ever) for a key or, when the terminal
    /// was started with the mouse, a mouse event (SGR 1006 reports, see `MouseReporting`).
    public func readInput(timeoutMilliseconds: Int32) -> InputEvent? {
        guard !isStopped else { return nil }
        wtimeout(window, timeoutMilliseconds)
        guard let input = readRaw() else { return nil }
        let event = decode(input)
        if event == .key(.resize) { noteResize() }
        return event
    }

    /// The event for one input, reading the rest of an escape sequence after an Esc.
    private func decode(_ input: RawInput) -> InputEvent? {
        if input.isKeyCode {
            let code = Int32(bitPattern: input.value)
            if code == KEY_MOUSE { return readMouseReport() }
            return decoder.key(forKeyCode: code).map(InputEvent.key)
        }
        if input.value == KeyDecoder.escape { return readEscapeSequence() }
        return decoder.key(forCharacter: input.value).map(InputEvent.key)
    }

    /// After `KEY_MOUSE`: terminfo's `kmous` is `\E[<` under xterm, so curses has taken the
    /// report's opening and the rest (`0;10;5M`) follows as characters.
    private func readMouseReport() -> InputEvent? {
        wtimeout(window, 0)
        var sequence = EscapeSequence(MouseReporting.sgrPrefix)
        while let next = readRaw(), !next.isKeyCode, let scalar = Unicode.Scalar(next.value) {
            switch sequence.append(scalar) {
            case .incomplete: continue
            case .complete: return sequence.event
            case .rejected: return nil
            }
        }
        return nil
    }

    /// After a resize: the new size, and a full repaint on the next `draw`.
    private func noteResize() {
        updateSize()
        lastDrawn = nil
        clearok(bsh_curscr(), true)
    }

    // MARK: - Escape sequences

    /// Decides what an Esc that curses did not join to a key means.
    ///
    /// curses has already waited the escape delay (25 ms) for a sequence it knows, so whatever
    /// follows is read without waiting: nothing means the Esc key; `[` or `O` starts a sequence
    /// curses did not know (Ctrl-Left as `ESC [ 1 ; 5 D` under a terminfo without `kLFT5`);
    /// anything else (Alt plus a key, or a key typed very fast after Esc) is Esc, and the other
    /// key is put back to be read next, so nothing typed is lost.
    private func readEscapeSequence() -> InputEvent? {
        wtimeout(window, 0)
        var sequence = EscapeSequence()
        var taken: [RawInput] = []
        while let next = readRaw() {
            guard !next.isKeyCode, let scalar = Unicode.Scalar(next.value) else {
                putBack(taken + [next])
                return .key(.escape)
            }
            switch sequence.append(scalar) {
            case .incomplete:
                taken.append(next)
            case .complete:
                return sequence.event
            case .rejected:
                putBack(taken + [next])
                return .key(.escape)
            }
        }
        putBack(taken)
        return .key(.escape)
    }

    /// Returns inputs to curses so the next reads see them again, first one first.
    private func putBack(_ inputs: [RawInput]) {
        for input in inputs.reversed() {
            if input.isKeyCode {
                ungetch(Int32(bitPattern: input.value))
            } else {
                unget_wch(wchar_t(bitPattern: input.value))
            }
        }
    }

    // MARK: - curses

    /// One `wget_wch`, or nil on timeout or interruption.
    private func readRaw() -> RawInput? {
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        guard status != ERR else { return nil }
        return RawInput(value: UInt32(value), isKeyCode: status == KEY_CODE_YES)
    }
}
