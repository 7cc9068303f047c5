import Domain
import Foundation
import ScreenKit

/// The mouse in the staff program, as terminal users expect it (mc, htop, tig): a click on a tab
/// switches to it, a click on a list row selects it and a double click opens it, a click on a
/// form's field focuses it, and the wheel scrolls lists and the help. The keyboard stays complete:
/// each click is turned into the keys that do the same, found from the screen as it is drawn
/// (the selected row, the focused field), so the mouse never reaches anything a key cannot.
public enum StaffMouse {
    /// A left click: where and when, to tell a double click.
    public struct Click: Equatable, Sendable {
        public var column: Int
        public var row: Int
        public var at: Date
    }

    /// Two clicks on one row within this many seconds are a double click (本程序取值).
    static let doubleClickSeconds: TimeInterval = 0.5
    /// Rows one turn of the wheel moves (本程序取值).
    static let wheelRows = 3

    static func handle(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard state.lock == nil, !state.isTooSmall else { return [] }
        switch event.action {
        case .wheelUp, .wheelDown:
            guard state.activeForm == nil else { return [] }
            let key: Key = event.action == .wheelUp ? .up : .down
            return (0..<wheelRows).flatMap { _ in AppUpdate.handleKey(key, &state) }
        case .press where event.button == .left: return click(event, &state)
        default: return []
        }
    }

    static func click(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        let double = state.lastClick.map { $0.row == event.row && state.now.timeIntervalSince($0.at) <= doubleClickSeconds } ?? false
        state.lastClick = double ? nil : Click(column: event.column, row: event.row, at: state.now)
        guard state.modal == nil else { return [] }
        if event.row == 0, let tab = tab(at: event.column, state) { return AppUpdate.handleCommand(tab, &state) }
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        AppView.render(state, into: &buffer)
        if state.activeForm != nil { return moves(to: event.row, among: [.fieldFocused, .field, .fieldError], current: .fieldFocused,
                                                  buffer, keys: (.backTab, .tab), &state) }
        let effects = moves(to: event.row, among: [.listSelected, .listRow], current: .listSelected, buffer, keys: (.up, .down), &state)
        return double ? effects + AppUpdate.handleKey(.enter, &state) : effects
    }

    /// The tab command of the title under `column` on the main screen's tab bar.
    static func tab(at column: Int, _ state: AppState) -> Command? {
        guard case .main(let main) = state.phase, main.people == nil, main.training == nil, main.meetings == nil, main.patrols == nil, state.activeForm == nil,
              let index = TabBar.index(atColumn: column, titles: Tab.allCases.map(\.title)) else { return nil }
        return [Command.tab1, .tab2, .tab3, .tab4, .tab5][safe: index]
    }

    /// Presses `keys` as often as it takes to move the row drawn in `current` to `row`: the rows
    /// drawn in any of `roles` are the list (or the form's fields), one entry a row.
    static func moves(to row: Int, among roles: [StyleRole], current: StyleRole, _ buffer: ScreenBuffer,
                      keys: (back: Key, forward: Key), _ state: inout AppState) -> [Effect] {
        let rows = (0..<buffer.height).filter { y in (0..<buffer.width).contains { roles.contains(buffer[$0, y].role) } }
        guard let target = rows.firstIndex(of: row),
              let from = rows.firstIndex(where: { y in (0..<buffer.width).contains { buffer[$0, y].role == current } }) else { return [] }
        let key = target < from ? keys.back : keys.forward
        return (0..<abs(target - from)).flatMap { _ in AppUpdate.handleKey(key, &state) }
    }
}
