import Domain
import Foundation
import ScreenKit

/// Draws the street program as the committee's is drawn: the tab bar, the body, the message line,
/// the status line with the keys in force, any dialog; the same widgets and the same 80×24 rule.
public enum StreetView {
    public static func render(_ state: StreetState, into buffer: inout ScreenBuffer) {
        let drawn = AppView.frame(tooSmall: state.isTooSmall, keymap: state.keymap, message: state.message, into: &buffer,
                                  header: { renderHeader(state, into: &$0) }, body: { renderBody(state, into: &$0, rect: $1) },
                                  status: { StatusLine.render(left: statusSegments(state), hints: hints(state), into: &$0, y: $1) })
        guard drawn, state.lock == nil else { return }
        switch state.modal {
        case .help(let scroll): StreetHelp.render(state, scroll: scroll, into: &buffer)
        case .decide(let decision): StreetDecide.render(decision, keymap: state.keymap, into: &buffer)
        case nil: break
        }
    }

    static func renderHeader(_ state: StreetState, into buffer: inout ScreenBuffer) {
        if case .main(let main) = state.phase {
            TabBar.render(titles: StreetTab.allCases.map(\.title), active: main.tab.rawValue, trailing: state.street + " ",
                          into: &buffer)
            return
        }
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), role: .tabBar)
        buffer.put(" " + StreetScreenText.appTitle, x: 0, y: 0, role: .tabActive)
        let street = state.street + " "
        buffer.put(street, x: buffer.width - DisplayWidth.of(street), y: 0, role: .tabBar)
    }

    static func renderBody(_ state: StreetState, into buffer: inout ScreenBuffer, rect: Rect) {
        if let lock = state.lock, let user = state.user {
            return StreetLock.render(lock, person: user, keymap: state.keymap, into: &buffer, rect: rect)
        }
        switch state.phase {
        case .starting: buffer.put(StreetScreenText.starting, x: rect.x, y: rect.y, role: .muted)
        case .login(let login): renderLogin(login, now: state.now, into: &buffer, rect: rect)
        case .main(let main):
            if main.tab == .review { StreetReviewView.render(main, now: state.now, into: &buffer, rect: rect) }
            else { StreetBooksView.render(main, into: &buffer, rect: rect) }
        }
    }

    static func renderLogin(_ login: StreetLogin, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(StreetScreenText.loginTitle, x: rect.x, y: rect.y, role: .title)
        guard !login.people.isEmpty else {
            buffer.put(StreetScreenText.noPeople, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .messageWarning)
            return
        }
        let columns = [TableColumn("姓名", width: 12), TableColumn("角色", width: 26), TableColumn("", width: 30)]
        let rows = login.people.map { p in
            [p.name, p.roles.joined(separator: "、"), p.lockedUntil.map { LoginLockout.untilText($0, now: now) } ?? ""]
        }
        TableView.render(columns: columns, rows: rows, state: login.list, focused: login.pin == nil, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 2, width: min(rect.width, 74), height: rect.height - 2))
        guard let pin = login.pin else { return }
        let inner = Dialog.render(title: "登录：\(login.people[login.list.selected].name)", width: 60,
                                  height: max(7, pin.renderedHeight(width: 56, labelWidth: 10) + 3), into: &buffer)
        pin.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), labelWidth: 10)
    }

    // MARK: - Status line

    static func statusSegments(_ state: StreetState) -> [String] {
        let date = ShanghaiCalendar.todayLine(for: state.now)
        if case .main(let main) = state.phase { return ["\(main.person)（\(main.roles.joined(separator: "、"))）", date] }
        return [date]
    }

    /// The keys worth naming on the screen shown, from the keymap in force.
    static func hints(_ state: StreetState) -> [StatusLine.Hint] {
        let wanted: [(String, [String])]
        switch state.phase {
        case .main(let main) where state.modal == nil && state.lock == nil:
            let own = StreetTabs.contexts(main)
            let tabKeys = state.keymap.bindings(in: own[0]).map { ($0.command, own) }
            wanted = tabKeys + [("refresh", own), ("help", own), ("quit", own)]
        default:
            wanted = state.lock == nil ? [("help", ["global"]), ("quit", ["global"])] : [("quit", ["global"])]
        }
        var seen: Set<String> = []
        return wanted.compactMap { command, contexts in
            guard seen.insert(command).inserted, let key = state.keymap.keys(for: command, in: contexts).first else { return nil }
            return StatusLine.Hint(key.description, state.keymap.help(for: command, in: contexts))
        }
    }
}

extension Keymap {
    /// The help text of `command`'s first binding in `contexts`.
    func help(for command: String, in contexts: [String]) -> String {
        for context in contexts {
            if let binding = bindings(in: context).first(where: { $0.command == command }) { return binding.help }
        }
        return command
    }
}
