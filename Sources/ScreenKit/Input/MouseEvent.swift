/// A mouse or touch event as the program sees it, after the terminal backend has decoded it.
///
/// Cells are counted from 0, the top-left cell being column 0, row 0 (the terminal counts from 1).
public struct MouseEvent: Hashable, Sendable {
    /// What happened.
    public enum Action: Hashable, Sendable {
        /// A button went down (a touch screen's tap arrives as a left press, then a release).
        case press
        /// A button came up.
        case release
        /// The pointer moved with a button held.
        case drag
        /// The wheel turned away from the person (the view scrolls up).
        case wheelUp
        /// The wheel turned towards the person (the view scrolls down).
        case wheelDown
    }

    /// Which button; `none` for the wheel and for a release whose button the terminal did not say.
    public enum Button: Hashable, Sendable {
        case left, middle, right, none
    }

    public var action: Action
    public var button: Button
    public var column: Int
    public var row: Int
    /// Shift, Alt (Meta) and Ctrl held during the event.
    public var shift: Bool
    public var alt: Bool
    public var ctrl: Bool

    public init(_ action: Action, _ button: Button = .left, column: Int, row: Int,
                shift: Bool = false, alt: Bool = false, ctrl: Bool = false) {
        self.action = action
        self.button = button
        self.column = column
        self.row = row
        self.shift = shift
        self.alt = alt
        self.ctrl = ctrl
    }

    /// A left-button press: what a click or a tap on a touch screen starts with.
    public var isClick: Bool { action == .press && button == .left }
}

/// One thing read from the terminal: a key or a mouse event.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)

    /// The key, when this is one.
    public var key: Key? {
        if case .key(let key) = self { return key }
        return nil
    }
}
