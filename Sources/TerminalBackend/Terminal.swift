import CNCursesW
import ScreenKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal: shows ScreenKit buffers through ncursesw and reads keys from it.
///
/// The only type in the program that calls curses. Start it with `start(theme:)`, draw whole
/// buffers with `draw(_:)` (only what changed is sent), read keys with `readKey(timeoutMilliseconds:)`
/// and leave with `stop()`, which restores the terminal; `deinit` stops it too.
///
/// Curses is not thread-safe: use one `Terminal` from one thread (the run loop's). It is
/// deliberately not `Sendable`.
public final class Terminal {
    /// The curses screen made by `newterm`.
    let screen: OpaquePointer
    /// Its standard window, the one everything is drawn in.
    let window: UnsafeMutablePointer<WINDOW>
    /// Columns and rows of the terminal, updated when `readKey` returns `.resize`.
    public internal(set) var size: (width: Int, height: Int)
    /// The locale curses runs in (the environment's, or a UTF-8 fallback).
    public let localeName: String
    /// True when roles are drawn in colour (the theme wants it and the terminal can).
    public var usesColor: Bool { palette.colorCount > 0 }

    let theme: Theme
    let palette: Palette
    var decoder: KeyDecoder
    var pairs: ColorPairs
    /// The curses attributes and pair of each role drawn so far.
    var styleCache: [StyleRole: (attributes: attr_t, pair: Int16)] = [:]
    /// The last buffer sent; nil before the first frame and after a resize (then all is redrawn).
    var lastDrawn: ScreenBuffer?
    /// Whether the cursor is shown, nil until the first frame decides.
    var cursorShown: Bool?
    /// Whether mouse reporting was turned on, so `stop()` turns it off.
    var mouseReporting = false
    private var stopped = false

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, theme: Theme,
                 palette: Palette, pairCapacity: Int, localeName: String) {
        self.screen = screen
        self.window = window
        self.theme = theme
        self.palette = palette
        self.localeName = localeName
        self.pairs = ColorPairs(capacity: pairCapacity)
        self.decoder = KeyDecoder()
        self.size = (0, 0)
    }

    deinit { stop() }

    // MARK: - Starting

    /// Takes over the terminal on standard input and output, in a UTF-8 locale.
    ///
    /// Throws instead of exiting when stdin or stdout is not a terminal, when `TERM` is
    /// unknown or cannot address the cursor, or when no UTF-8 locale exists; print the error's
    /// `message` and exit with `TerminalError.exitCode`.
    ///
    /// On a terminal without colours a colour theme would lose every highlight made of colour
    /// alone, so `monochrome` (the mono theme, by default the theme without its colours) is drawn instead.
    ///
    /// With `mouse`, the terminal reports clicks, drags and the wheel (SGR 1006) until `stop()`.
    public static func start(theme: Theme, monochrome: Theme? = nil, mouse: Bool = false) throws(TerminalError) -> Terminal {
        let localeName = try LocaleSetup.ensureUTF8()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let name = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !name.isEmpty, let screen = newterm(nil, bsh_stdout(), bsh_stdin()) else {
            throw .unknownTerminal(name)
        }
        guard let window = bsh_stdscr(), bsh_is_string_capability(tigetstr("cup")) != 0 else {
            endwin()
            delscreen(screen)
            throw .unsupportedTerminal(name)
        }
        configureInput(window)
        let palette = startColors(wanted: theme.usesColor)
        let drawn = palette.colorCount == 0 && theme.usesColor ? (monochrome ?? theme.monochrome) : theme
        let terminal = Terminal(screen: screen, window: window, theme: drawn, palette: palette,
                                pairCapacity: palette.colorCount > 0 ? Int(bsh_color_pairs()) : 1,
                                localeName: localeName)
        terminal.decoder = KeyDecoder(extendedCodes: extendedKeyCodes())
        terminal.updateSize()
        if mouse { terminal.send(MouseReporting.enable) }
        terminal.mouseReporting = mouse
        return terminal
    }

    /// Writes a control sequence straight to the terminal.
    func send(_ sequence: String) {
        fputs(sequence, bsh_stdout())
        fflush(bsh_stdout())
    }

    /// Raw keys, no echo, decoded function keys, and a 25 ms wait (not a second) after Esc.
    private static func configureInput(_ window: UnsafeMutablePointer<WINDOW>) {
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        scrollok(window, false)
        set_escdelay(25)
    }

    /// Starts colour when the theme wants it and the terminal has it; `Palette.none` otherwise.
    private static func startColors(wanted: Bool) -> Palette {
        guard wanted, has_colors(), start_color() != ERR else { return .none }
        let hasDefaults = use_default_colors() != ERR
        return Palette(colorCount: Int(bsh_colors()), hasDefaultColors: hasDefaults)
    }

    /// The codes of the extended key capabilities this terminal's terminfo has (see `KeyDecoder`).
    static func extendedKeyCodes() -> [Int32: Key] {
        var codes: [Int32: Key] = [:]
        for (capability, key) in KeyDecoder.extendedCapabilities {
            if let code = keyCode(capability: capability) { codes[code] = key }
        }
        return codes
    }

    /// The curses key code terminfo gives a key capability such as `kLFT5` (Ctrl-Left), if any.
    ///
    /// ncurses gives extended capabilities codes above `KEY_MAX` when `keypad` is turned on;
    /// `key_defined` finds the code of the capability's byte sequence.
    static func keyCode(capability: String) -> Int32? {
        guard let sequence = tigetstr(capability), bsh_is_string_capability(sequence) != 0 else { return nil }
        let code = key_defined(sequence)
        return code > 0 ? code : nil
    }

    // MARK: - Size

    /// Reads the window's size again (after `KEY_RESIZE`, ncurses has already resized it).
    func updateSize() {
        size = (width: Int(bsh_getmaxx(window)), height: Int(bsh_getmaxy(window)))
    }

    // MARK: - Stopping

    /// Gives the terminal back as it was (cursor, echo, line mode, main screen); safe to call twice.
    ///
    /// After `stop()` the terminal draws nothing and `readKey` returns nil.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if mouseReporting { send(MouseReporting.disable) }
        if cursorShown == false { curs_set(1) }
        endwin()
        fflush(bsh_stdout())
        delscreen(screen)
    }

    /// True once `stop()` has run.
    public var isStopped: Bool { stopped }
}
