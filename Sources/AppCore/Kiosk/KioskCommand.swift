import Domain
import ScreenKit

/// What a button (or a key) of the touch screen does.
public enum KioskCommand: Equatable, Sendable {
    case open(KioskPage)
    case back, home, pageUp, pageDown
    /// A key of the on-screen keyboard or number pad: its text goes into `field`.
    case type(KioskField, String)
    case erase, clear, submit, nextField, staffExit
    case focus(KioskField)
    case pickSlot(KioskSlot)
    case level(KioskRatingLevel)
    case reason(String)

    /// The command a keymap name stands for.
    init?(keymapName: String) {
        let named: [String: KioskCommand] = [
            "back": .back, "erase": .erase, "nextField": .nextField, "submit": .submit, "pageUp": .pageUp,
            "pageDown": .pageDown, "home": .home, "staffExit": .staffExit,
        ]
        guard let command = named[keymapName] else { return nil }
        self = command
    }
}

/// A touch target: where it is, what it says, the key that presses it, and what it does.
public struct KioskButton: Equatable, Sendable {
    public var rect: Rect
    public var label: String
    public var key: Key?
    public var command: KioskCommand
    /// Drawn as chosen (the slot or rating picked, the field being typed in).
    public var isOn: Bool

    public init(_ label: String, key: Key? = nil, _ command: KioskCommand, rect: Rect = Rect(x: 0, y: 0, width: 0, height: 0),
                isOn: Bool = false) {
        self.rect = rect
        self.label = label
        self.key = key
        self.command = command
        self.isOn = isOn
    }

    /// Whether the cell at `column`, `row` is on this button.
    public func contains(column: Int, row: Int) -> Bool {
        rect.x <= column && column < rect.maxX && rect.y <= row && row < rect.maxY
    }
}
