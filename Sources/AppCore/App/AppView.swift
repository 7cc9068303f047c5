import Domain
import ScreenKit

/// Draws the whole state into a buffer: header, the phase's body, the message line, the status line, any dialog.
public enum AppView {
    // MARK: - Text

    static let appName = "百事汇"
    static let tooSmall = "请将终端放大到至少 80×24"
    static let firstRunStatus = "首次使用"
    static let starting = "正在打开数据库……"
    static let confirmQuitTitle = "退出"
    static let confirmQuitText = "表单中有尚未保存的输入，确定退出吗？"
    static let confirmQuitKept = "输入会存为草稿，下次登录时可恢复。"
    static let confirmQuitLost = "尚未登录，输入不能存为草稿，退出即丢失。"

    // MARK: - Layout

    public static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let drawn = frame(tooSmall: state.isTooSmall, keymap: state.keymap, message: state.message, into: &buffer,
                          header: { renderHeader(state, into: &$0) }, body: { renderBody(state, into: &$0, rect: $1) },
                          status: { StatusLine.render(left: statusSegments(state), hints: StatusHints.hints(state), into: &$0, y: $1) })
        if drawn { renderModal(state, into: &buffer) }
    }

    /// The frame of a full-screen program, the committee's and the street's: the header's rows, the
    /// body, the message line and the status line; or, on a screen under 80×24, only the request to
    /// make it larger (false then, so no dialog is drawn over it).
    static func frame(tooSmall small: Bool, keymap: Keymap, message: AppState.Message?, into buffer: inout ScreenBuffer,
                      header: (inout ScreenBuffer) -> Void, body: (inout ScreenBuffer, Rect) -> Void,
                      status: (inout ScreenBuffer, Int) -> Void) -> Bool {
        buffer.fill(buffer.bounds, role: .normal)
        buffer.cursor = nil
        if small { renderTooSmall(keymap: keymap, into: &buffer); return false }
        header(&buffer)
        body(&buffer, Rect(x: 2, y: 2, width: buffer.width - 4, height: buffer.height - 4))
        renderMessage(message, into: &buffer, y: buffer.height - 2)
        status(&buffer, buffer.height - 1)
        return true
    }

    static func renderTooSmall(keymap: Keymap, into buffer: inout ScreenBuffer) {
        let lines = [tooSmall, "（当前 \(buffer.width)×\(buffer.height)）"] + (quitKey(keymap).map { ["\($0) 退出"] } ?? [])
        for (i, line) in lines.enumerated() {
            let x = max(0, (buffer.width - DisplayWidth.of(line)) / 2)
            buffer.put(line, x: x, y: max(0, buffer.height / 2 - 1) + i, role: i == 0 ? .messageWarning : .normal)
        }
    }

    /// The key the too-small screen names for quitting: a Ctrl key when one is bound (it quits
    /// wherever the person was, letters may be typing into a field), else the first.
    static func quitKey(_ keymap: Keymap) -> String? {
        let keys = keymap.keys(for: Command.quit.rawValue, in: [KeyContext.global.rawValue])
        return (keys.first { if case .ctrl = $0 { return true } else { return false } } ?? keys.first)?.description
    }

    static func renderHeader(_ state: AppState, into buffer: inout ScreenBuffer) {
        let committee = state.committee.map { "\($0.name) · \($0.streetOffice) " } ?? ""
        if case .main(let main) = state.phase {
            // 56 columns of tabs leave room for the committee's name at 80 columns, and for its street office wider.
            let titles = Tab.allCases.map(\.title)
            let short = state.committee.map { "\($0.name) " } ?? ""
            let trailing = buffer.width - TabBar.width(titles) > DisplayWidth.of(committee) ? committee : short
            TabBar.render(titles: titles, active: main.tab.rawValue, trailing: trailing, into: &buffer)
        } else {
            buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), role: .tabBar)
            buffer.put(" \(appName) · 居委会工作台", x: 0, y: 0, role: .tabActive)
            buffer.put(committee, x: buffer.width - DisplayWidth.of(committee), y: 0, role: .tabBar)
        }
        if let banner = state.bannerText {
            buffer.put(DisplayWidth.fit(banner, to: buffer.width), x: 0, y: 1, role: .banner)
        }
    }

    static func renderBody(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        if let lock = state.lock { return LockFeature.render(lock, keymap: state.keymap, into: &buffer, rect: rect) }
        switch state.phase {
        case .starting: buffer.put(starting, x: rect.x, y: rect.y, role: .muted)
        case .firstRun(let s): FirstRunFeature.render(s, into: &buffer, rect: rect)
        case .login(let s): LoginFeature.render(s, keymap: state.keymap, practicePin: state.practicePin, now: state.now,
                                                into: &buffer, rect: rect)
        case .main(let s):
            if let training = s.training {
                TrainingView.render(training, keymap: state.keymap, into: &buffer, rect: rect)
            } else if let people = s.people {
                PeopleFeature.render(people, keymap: state.keymap, now: state.now, into: &buffer, rect: rect)
            } else {
                TabRouting.render(s, state.tabContext(s), into: &buffer, rect: rect)
            }
        }
    }

    static func renderMessage(_ message: AppState.Message?, into buffer: inout ScreenBuffer, y: Int) {
        guard let message else { return }
        let role: StyleRole
        switch message.kind {
        case .info: role = .message
        case .ok: role = .messageOK
        case .warning: role = .messageWarning
        case .error: role = .messageError
        }
        // A message longer than the line grows upwards over the body, so no sentence is ever cut.
        let lines = TextWrap.lines(message.text, width: buffer.width - 1, first: " ", rest: " ")
        let shown = Array(lines.suffix(max(1, y - 1)))
        let top = y - (shown.count - 1)
        buffer.fill(Rect(x: 0, y: top, width: buffer.width, height: shown.count), role: .normal)
        for (i, line) in shown.enumerated() {
            buffer.put(line, x: 0, y: top + i, maxWidth: buffer.width, role: role)
        }
    }

    static func statusSegments(_ state: AppState) -> [String] {
        let day = ShanghaiCalendar.day(of: state.now)
        let date = "\(day.iso) \(day.weekday.short)"
        if let user = state.user { return ["\(user.name)（\(Role.describe(user.roles))）", date] + [state.streetStatus].compactMap { $0 } }
        if case .firstRun = state.phase { return [firstRunStatus, date] }
        return [date]
    }

    static func renderModal(_ state: AppState, into buffer: inout ScreenBuffer) {
        if state.lock != nil { return }
        switch state.modal {
        case .confirmQuit:
            Dialog.confirm(title: confirmQuitTitle, width: 50,
                           body: [(confirmQuitText, .dialog), (state.isLoggedIn ? confirmQuitKept : confirmQuitLost, .dialog), ("", .dialog)],
                           keys: state.keymap.confirmLine(yes: "退出"), into: &buffer)
        case .help(let contexts, let scroll):
            HelpScreen.render(state, contexts: contexts, scroll: scroll, into: &buffer)
        case .confirmPracticeReset:
            PracticeFeature.renderDialog(keymap: state.keymap, into: &buffer)
        case .restoreDraft(let draft): DraftDialog.render(draft, keymap: state.keymap, into: &buffer)
        case .confirmDiscard(let draft): DiscardDialog.render(draft, keymap: state.keymap, into: &buffer)
        case nil:
            break
        }
    }
}
