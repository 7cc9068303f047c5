import ScreenKit

/// xterm's SGR mouse reporting (mode 1006): the sequences that turn it on and off, and the
/// decoding of what the terminal sends.
///
/// With modes 1000 (press and release), 1002 (drag) and 1006 (SGR form) on, a click at
/// column 10, row 5 arrives as `ESC [ < 0 ; 10 ; 5 M` and its release as `… m`. Unlike the
/// old X10 form (`ESC [ M` and three bytes), the SGR form writes the numbers in decimal, so a
/// terminal wider than 223 columns reports every cell. Pure, so tests feed it real bytes.
public enum MouseReporting {
    /// Turns on press/release and drag reporting in the SGR form.
    public static let enable = "\u{1B}[?1000h\u{1B}[?1002h\u{1B}[?1006h"
    /// Turns it off again (the reverse order).
    public static let disable = "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l"

    /// The opening of an SGR report after Esc.
    public static let sgrPrefix = "[<"

    /// The event of an SGR report's body after Esc, such as `[<0;10;5M`; nil if it is not one.
    public static func decode(_ body: String) -> MouseEvent? {
        guard body.hasPrefix(sgrPrefix), let final = body.last, final == "M" || final == "m" else { return nil }
        let numbers = body.dropFirst(sgrPrefix.count).dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard numbers.count == 3, let code = Int(numbers[0]), let x = Int(numbers[1]), let y = Int(numbers[2]),
              code >= 0, x >= 1, y >= 1 else { return nil }
        return event(code: code, released: final == "m", column: x - 1, row: y - 1)
    }

    /// The event of a button code: low two bits the button, 4 Shift, 8 Alt, 16 Ctrl, 32 motion, 64 wheel.
    static func event(code: Int, released: Bool, column: Int, row: Int) -> MouseEvent? {
        let low = code & 3
        let action: MouseEvent.Action
        var button: MouseEvent.Button = [.left, .middle, .right, .none][low]
        if code & 64 != 0 {
            guard low < 2 else { return nil }   // horizontal wheel: not used
            action = low == 0 ? .wheelUp : .wheelDown
            button = .none
        } else if released {
            action = .release
        } else if code & 32 != 0 {
            guard button != .none else { return nil }   // motion with no button held: not asked for
            action = .drag
        } else {
            guard button != .none else { return nil }
            action = .press
        }
        return MouseEvent(action, button, column: column, row: row,
                          shift: code & 4 != 0, alt: code & 8 != 0, ctrl: code & 16 != 0)
    }
}
