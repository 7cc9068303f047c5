/// The text of one input field and the cursor in it, counted in characters (graphemes).
public struct TextInput: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 200) {
        self.characters = Array(text.prefix(maxLength))
        self.cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    // MARK: - Editing

    /// Inserts typed text at the cursor (a whole Chinese word from an input method arrives at once).
    public mutating func insert(_ typed: String) {
        // Control characters (a pasted ESC, NUL or C1) never enter a field: Domain's `FieldText`
        // refuses them on every way in, and here they are simply not typed.
        for character in typed where characters.count < maxLength && !character.isNewline
            && !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            characters.insert(character, at: cursor)
            cursor += 1
        }
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .backspace where cursor > 0:
            cursor -= 1
            characters.remove(at: cursor)
        case .backspace: break
        case .delete where cursor < characters.count: characters.remove(at: cursor)
        case .delete: break
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeAll()
            cursor = 0
        default: return false
        }
        return true
    }

    // MARK: - Display

    /// What to show in `columns` columns and where the cursor falls, scrolling so the cursor stays visible.
    public func visible(columns: Int, masked: Bool = false) -> (text: String, cursorColumn: Int) {
        let shown = masked ? Array(repeating: Character("*"), count: characters.count) : characters
        var start = 0
        func width(_ range: Range<Int>) -> Int { shown[range].reduce(0) { $0 + DisplayWidth.of($1) } }
        while start < cursor, width(start..<cursor) >= columns { start += 1 }
        let text = DisplayWidth.prefix(String(shown[start...]), fitting: columns)
        return (text, width(start..<cursor))
    }
}
