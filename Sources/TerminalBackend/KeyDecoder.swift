import CNCursesW
import ScreenKit

/// Turns what `wget_wch` returns (a character or a curses key code) into ScreenKit's `Key`.
///
/// Pure: it only reads the key-code constants of the curses header, so tests can drive it
/// without a terminal. Keys that terminfo describes only in extended capabilities (Ctrl-Left
/// as `kLFT5`, a second Shift-Tab as `kcbt2`) get codes above `KEY_MAX` that differ from one
/// terminal to the next (553 under tmux-256color, 550 under xterm); the terminal looks them
/// up when it starts and passes them in as `extendedCodes`.
///
/// With `raw()` the terminal sends Ctrl-C, Ctrl-Z and Ctrl-\ as bytes instead of signals, so
/// Ctrl-C arrives here as `.ctrl("c")` and the program decides what it means.
public struct KeyDecoder: Sendable {
    /// Keys of this terminal's extended key codes, by code.
    public var extendedCodes: [Int32: Key]

    public init(extendedCodes: [Int32: Key] = [:]) {
        self.extendedCodes = extendedCodes
    }

    /// The extended terminfo capabilities worth looking up, and the keys they stand for.
    public static let extendedCapabilities: [String: Key] = [
        "kLFT5": .ctrlLeft, "kRIT5": .ctrlRight, "kcbt2": .backTab,
    ]

    // MARK: - Characters

    /// The byte that starts an escape sequence, and the Esc key on its own.
    public static let escape: UInt32 = 27

    /// The key for a character that `wget_wch` returned with `OK`; nil for one the program ignores.
    ///
    /// Escape (27) decodes to `.escape`; the terminal first looks for a sequence behind it.
    public func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case Self.escape: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 96)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    // MARK: - Key codes

    /// The key for a code that `wget_wch` returned with `KEY_CODE_YES`; nil for one the program ignores.
    public func key(forKeyCode code: Int32) -> Key? {
        if let key = Self.fixedCodes[code] ?? extendedCodes[code] { return key }
        let function = code - KEY_F0
        if (1...12).contains(function) { return .function(Int(function)) }
        return nil
    }

    /// The key codes curses defines once for every terminal.
    static let fixedCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        // vt220-style terminals send Find and Select for the Home and End keys.
        KEY_FIND: .home, KEY_SELECT: .end,
        // The keypad's corners and centre, when the keypad is in application mode.
        KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace, KEY_DC: .delete,
        KEY_RESIZE: .resize,
    ]
}
