/// The colour pairs handed out so far: one number per foreground and background, made on first use.
///
/// Curses draws colour only through numbered pairs, and a terminal has a limited number of
/// them (`COLOR_PAIRS`). Pair 0 is the terminal's own colours. Pure bookkeeping: the terminal
/// calls `init_pair` when `pair(foreground:background:)` says the pair is new.
public struct ColorPairs: Sendable {
    /// How many pairs the terminal has, pair 0 included.
    public let capacity: Int
    private var numbers: [Pair: Int16] = [:]

    private struct Pair: Hashable {
        var foreground: Int16
        var background: Int16
    }

    public init(capacity: Int) {
        self.capacity = max(1, min(capacity, Int(Int16.max)))
    }

    /// How many pairs have been made (pair 0 not counted).
    public var count: Int { numbers.count }

    /// The pair number for two colours (-1 is the default), and whether it was just made and
    /// so needs `init_pair`. When every pair is taken, pair 0: the text stays readable, uncoloured.
    public mutating func pair(foreground: Int16, background: Int16) -> (number: Int16, isNew: Bool) {
        if foreground == -1, background == -1 { return (0, false) }
        let key = Pair(foreground: foreground, background: background)
        if let number = numbers[key] { return (number, false) }
        guard numbers.count + 1 < capacity else { return (0, false) }
        let number = Int16(numbers.count + 1)
        numbers[key] = number
        return (number, true)
    }

    /// Forgets every pair (after the terminal's colours were reset).
    public mutating func removeAll() { numbers.removeAll() }
}
