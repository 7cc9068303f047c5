import ScreenKit

extension ListState {
    /// Rows a page key moves.
    static let pageRows = 10

    /// Moves the selection for a list command (up, down, page, first, last); false for any other command.
    mutating func navigate(_ command: Command, count: Int) -> Bool {
        switch command {
        case .up: move(-1, count: count)
        case .down: move(1, count: count)
        case .pageUp: move(-Self.pageRows, count: count)
        case .pageDown: move(Self.pageRows, count: count)
        case .first: move(-count, count: count)
        case .last: move(count, count: count)
        default: return false
        }
        return true
    }
}

/// Scrolling text a line, a page, to the top or to the end: the help, a visit's paper form, a quiz's
/// misses and the disclosure page move the same way, by the list keys.
enum Scroll {
    /// The first line shown after `command` moves from `scroll`, never before the top nor past `end`
    /// (the first line shown when the last is at the bottom), a page being `page` lines; nil for a
    /// command that does not scroll.
    static func moved(_ scroll: Int, by command: Command, end: Int, page: Int = ListState.pageRows) -> Int? {
        let target: Int
        switch command {
        case .up: target = scroll - 1
        case .down: target = scroll + 1
        case .pageUp: target = scroll - max(1, page)
        case .pageDown: target = scroll + max(1, page)
        case .first: target = 0
        case .last: target = end
        default: return nil
        }
        return min(max(0, target), max(0, end))
    }
}
