import Domain
import Foundation
import ScreenKit

/// Draws the touch screen: the title row, the page's text, its buttons, the message line.
public enum KioskView {
    public static func render(_ state: KioskState, into buffer: inout ScreenBuffer) {
        buffer.fill(buffer.bounds, role: .normal)
        titleRow(state, &buffer)
        guard state.snapshot != nil else {
            buffer.putParagraph(KioskText.loading, x: 2, y: 2, width: max(1, state.width - 4), role: .normal)
            return
        }
        let layout = KioskLayout.of(state)
        text(state, layout, &buffer)
        for button in layout.buttons { draw(button, &buffer) }
        if let message = state.message {
            let row = KioskFrame(width: state.width, height: state.height).messageRow
            buffer.put(DisplayWidth.fit(message.text, to: state.width - 2), x: 1, y: row,
                       role: message.isError ? .messageError : .messageOK)
        }
    }

    /// The committee and the page on the left, the date and time on the right.
    static func titleRow(_ state: KioskState, _ buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: 0, y: 0, width: state.width, height: 1), role: .tabBar)
        let clock = ShanghaiCalendar.day(of: state.now).iso + " " + KioskDay.clock(of: state.now).text
        let name = (state.snapshot?.committee ?? "") + " · " + KioskText.title
        let room = state.width - DisplayWidth.of(clock) - 3
        buffer.put(DisplayWidth.fit(name, to: max(0, room)), x: 1, y: 0, role: .tabBar)
        buffer.put(clock, x: state.width - DisplayWidth.of(clock) - 1, y: 0, role: .tabBar)
    }

    /// A button: a filled block with its label in the middle.
    static func draw(_ button: KioskButton, _ buffer: inout ScreenBuffer) {
        let role: StyleRole = button.isOn ? .fieldFocused : .status
        buffer.fill(button.rect, role: role)
        // A label too long for its button is put whole so that the buffer notes the cut (tests fail on it).
        let x = button.rect.x + max(1, (button.rect.width - DisplayWidth.of(button.label)) / 2)
        buffer.put(button.label, x: x, y: button.rect.y + button.rect.height / 2, maxWidth: button.rect.maxX - 1 - x, role: role)
    }

    /// The page's text above its buttons, or the whole body on a page to read.
    static func text(_ state: KioskState, _ layout: KioskLayout, _ buffer: inout ScreenBuffer) {
        let area = layout.text
        let lines: [KioskTextPages.Line]
        switch state.page {
        case .profile, .notices, .item:
            lines = Array(KioskTextPages.lines(state, width: area.width).dropFirst(state.scroll))
        case .info: lines = KioskTextPages.lines(state, width: area.width)
        default: lines = KioskHeadings.lines(state)
        }
        for (i, line) in lines.prefix(area.height).enumerated() {
            buffer.put(DisplayWidth.fit(line.text, to: area.width), x: area.x, y: area.y + i, role: line.role)
        }
    }
}

/// The lines above the buttons of the pages that are mostly buttons.
enum KioskHeadings {
    static func lines(_ state: KioskState) -> [KioskTextPages.Line] {
        guard let s = state.snapshot else { return [] }
        switch state.page {
        case .home:
            return [(KioskText.dayLine(s.today, working: s.isWorkingDay), .title), (s.hoursLine, .normal),
                    (KioskText.onDuty(s.onDuty), .normal)]
        case .search:
            let found = !state.text(.search).isEmpty && s.guide.search(state.text(.search)).isEmpty
            return [("搜索：" + state.text(.search) + "▁  " + (found ? KioskText.searchNone : KioskText.searchPrompt), .label)]
        case .book:
            guard let slot = state.slot else { return [(s.openSlots.isEmpty ? KioskText.noSlots : KioskText.chooseSlot, .label)] }
            return [(KioskText.chosenSlot(slot), .label)]
        case .rate: return [(KioskText.ratePrompt + " " + KioskText.numberLabel + state.text(.number) + "▁", .label)]
        case .staffExit:
            return [(KioskText.staffTitle + "  " + KioskText.pinLabel + String(repeating: "*", count: state.text(.pin).count) + "▁", .label)]
        default: return []
        }
    }
}
