import Domain
import Foundation
import ScreenKit

/// The touch screen's notices as posted, current and past (F2 then `m`): the 书记 chooses one,
/// `w` takes it off the screen with a reason (a form that says so first), `n` posts a new one.
enum KioskNoticeList {
    /// Rows the chosen notice's text and withdrawal take under the table.
    static let detailRows = 4

    static func handle(_ command: Command, _ state: inout PeopleState, user: Person) -> Step {
        let notices = state.notices ?? []
        if state.noticeList.navigate(command, count: notices.count) { return .none }
        switch command {
        case .cancel: state.notices = nil
        case .kioskNotice, .withdrawNotice:
            if let refusal = KeyAccess.refusal(command, in: .kioskNotices, for: user) { return .error(refusal) }
            if command == .kioskNotice { state.editor = PeopleEditor(.kioskNotice); return .none }
            guard let chosen = notices[safe: state.noticeList.selected] else { return .none }
            if chosen.withdrawal != nil { return .error(KioskText.alreadyWithdrawn) }
            state.editor = PeopleEditor(.kioskWithdraw(chosen.notice))
        default: break
        }
        return .none
    }

    /// Shows the list that came back from storage, keeping the choice where it was.
    static func show(_ notices: [PostedKioskNotice], in state: inout PeopleState) {
        state.editor = nil
        state.notices = notices
        state.noticeList.clamp(count: notices.count)
    }

    // MARK: - View

    static func render(_ notices: [PostedKioskNotice], list: ListState, focused: Bool, now: Date,
                       into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(KioskText.noticesTitle, x: rect.x, y: rect.y, maxWidth: rect.width, role: .title)
        guard !notices.isEmpty else {
            buffer.put(KioskText.noNoticesPosted, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .muted)
            return
        }
        let today = ShanghaiCalendar.day(of: now)
        let c = KioskText.noticeColumns
        let columns = [TableColumn(c[0], width: 12), TableColumn(c[1], width: 12), TableColumn(c[2], width: 14),
                       TableColumn(c[3], width: max(10, rect.width - 41))]
        let rows = notices.map { p in [p.notice.date.iso, p.notice.until.iso, p.status(on: today), p.notice.title] }
        let tableHeight = max(3, rect.height - 2 - detailRows)
        TableView.render(columns: columns, rows: rows, state: list, focused: focused,
                         into: &buffer, rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: tableHeight))
        guard let chosen = notices[safe: list.selected] else { return }
        for (i, line) in detail(chosen, width: rect.width).prefix(detailRows).enumerated() {
            buffer.put(line.text, x: rect.x, y: rect.y + 2 + tableHeight + i, maxWidth: rect.width, role: line.role)
        }
    }

    /// The chosen notice's text, then who took it off the screen, when and why.
    static func detail(_ p: PostedKioskNotice, width: Int) -> [(text: String, role: StyleRole)] {
        var out = p.withdrawal.map { [(KioskText.withdrawalLine($0), StyleRole.messageWarning)] } ?? []
        out += TextWrap.lines(p.notice.body, width: max(1, width)).map { ($0, StyleRole.normal) }
        return out
    }
}

extension PeopleEditor {
    /// What a form says above its fields: withdrawing a notice says first that it leaves the screen.
    var preface: [String] {
        guard case .kioskWithdraw = mode else { return [] }
        return TextWrap.lines(KioskText.withdrawWarning, width: 68) + [""]
    }
}
