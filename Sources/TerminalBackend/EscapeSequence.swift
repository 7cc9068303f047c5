import ScreenKit

/// The escape sequences a terminal may send that curses did not recognise, and their keys.
///
/// When terminfo does not describe a key (Ctrl-Left under `TERM=screen`, say), curses hands
/// its bytes over one by one: Esc, `[`, `1`, `;`, `5`, `D`. The terminal collects what follows
/// an Esc into an `EscapeSequence` and looks it up here. Pure, so it is tested without a terminal.
public struct EscapeSequence: Equatable, Sendable {
    /// The characters after Esc, such as `[1;5D`.
    public private(set) var body: String = ""

    public init(_ body: String = "") {
        for scalar in body.unicodeScalars { _ = append(scalar) }
    }

    // MARK: - Collecting

    /// What appending one more character did to the sequence.
    public enum Progress: Equatable, Sendable {
        /// The sequence goes on; read another character.
        case incomplete
        /// The sequence has ended (a CSI or SS3 final byte).
        case complete
        /// This character cannot continue a sequence (Alt plus a key, or a typed character).
        case rejected
    }

    /// Adds the next character read after Esc; a rejected character is not added.
    public mutating func append(_ scalar: Unicode.Scalar) -> Progress {
        let value = scalar.value
        if body.isEmpty {
            guard scalar == "[" || scalar == "O" else { return .rejected }
            body.unicodeScalars.append(scalar)
            return .incomplete
        }
        guard (0x20...0x7E).contains(value), body.unicodeScalars.count < limit else { return .rejected }
        body.unicodeScalars.append(scalar)
        if body.hasPrefix("O") { return .complete }
        if body == "[[" { return .incomplete }  // the Linux console's F1–F5: `[[A` … `[[E`
        return (0x40...0x7E).contains(value) ? .complete : .incomplete
    }

    /// Longer bodies are not keys; the collector stops there.
    public static let maximumLength = 12
    /// An SGR mouse report (`[<0;1000;300M`) is longer: three decimal numbers.
    public static let maximumMouseLength = 24

    /// How long this body may grow: a mouse report's limit once it opens with `[<`.
    private var limit: Int { body.hasPrefix(MouseReporting.sgrPrefix) ? Self.maximumMouseLength : Self.maximumLength }

    // MARK: - Decoding

    /// The key this complete sequence stands for, or nil if it is none the program knows.
    public var key: Key? { Self.table[body] }

    /// What this complete sequence stands for: a key, an SGR mouse report, or nil for neither.
    public var event: InputEvent? {
        if let key { return .key(key) }
        return MouseReporting.decode(body).map(InputEvent.mouse)
    }

    /// xterm, rxvt, VT220 and Linux console forms of the keys `Key` names.
    static let table: [String: Key] = {
        var table: [String: Key] = [
            "[A": .up, "[B": .down, "[C": .right, "[D": .left,
            "OA": .up, "OB": .down, "OC": .right, "OD": .left,
            "[H": .home, "[F": .end, "OH": .home, "OF": .end,
            "[1~": .home, "[4~": .end, "[7~": .home, "[8~": .end,
            "[5~": .pageUp, "[6~": .pageDown, "[3~": .delete, "[Z": .backTab,
            "OM": .enter,
            // Ctrl-Left and Ctrl-Right: xterm's modifier 5, the older `[5D`, rxvt's `Od`.
            "[1;5D": .ctrlLeft, "[1;5C": .ctrlRight, "[5D": .ctrlLeft, "[5C": .ctrlRight,
            "Od": .ctrlLeft, "Oc": .ctrlRight,
            "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
            "[[A": .function(1), "[[B": .function(2), "[[C": .function(3), "[[D": .function(4),
            "[[E": .function(5),
        ]
        let tilde = [11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 23: 11, 24: 12]
        for (code, n) in tilde { table["[\(code)~"] = .function(n) }
        return table
    }()
}
