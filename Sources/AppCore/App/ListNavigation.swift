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
