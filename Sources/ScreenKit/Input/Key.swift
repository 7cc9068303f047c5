/// A key as the program sees it, after the terminal backend has decoded the bytes.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, including a whole Chinese character from an input method.
    case char(Character)
    /// Ctrl plus a letter, lowercased: `.ctrl("q")`.
    case ctrl(Character)
    case enter, tab, backTab, escape, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case ctrlLeft, ctrlRight
    /// A function key, F1 to F12.
    case function(Int)
    /// The terminal changed size; the backend reports it as a key so the loop sees it in order.
    case resize

    /// The name used in keymap files and the help screen: `q`, `Ctrl-Q`, `F1`, `Enter`, `Shift-Tab`, `Ctrl-Left`.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PageUp"
        case .pageDown: return "PageDown"
        case .ctrlLeft: return "Ctrl-Left"
        case .ctrlRight: return "Ctrl-Right"
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        }
    }

    /// Reads a key name as written in a keymap file (the inverse of `description`); nil if unknown.
    public init?(name: String) {
        let named: [String: Key] = [
            "Space": .char(" "), "Enter": .enter, "Tab": .tab, "Shift-Tab": .backTab, "Esc": .escape,
            "Backspace": .backspace, "Delete": .delete, "Up": .up, "Down": .down, "Left": .left,
            "Right": .right, "Home": .home, "End": .end, "PageUp": .pageUp, "PageDown": .pageDown,
            "Ctrl-Left": .ctrlLeft, "Ctrl-Right": .ctrlRight,
        ]
        if let key = named[name] { self = key; return }
        if name.count == 1, let c = name.first { self = .char(c); return }
        if name.hasPrefix("Ctrl-"), name.count == 6, let c = name.last, c.isASCII, c.isLetter {
            self = .ctrl(Character(c.lowercased())); return
        }
        if name.hasPrefix("F"), let n = Int(name.dropFirst()), (1...12).contains(n) { self = .function(n); return }
        return nil
    }
}
