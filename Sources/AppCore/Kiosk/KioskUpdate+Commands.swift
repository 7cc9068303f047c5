import Domain
import Foundation
import ScreenKit

/// What each button does.
extension KioskUpdate {
    /// The longest text each field keeps (本程序取值).
    static let limits: [KioskField: Int] = [.search: 12, .name: 10, .phone: 12, .number: 9, .pin: 8]

    static func run(_ command: KioskCommand, _ state: inout KioskState) -> [KioskEffect] {
        switch command {
        case .open(let page): open(page, &state)
        case .back: back(&state)
        case .home: state.forget()
        case .pageUp, .pageDown: page(command == .pageDown ? 1 : -1, &state)
        case .type(let field, let text): type(text, into: field, &state)
        case .erase: if let field = typingField(state) { state.inputs[field] = String(state.text(field).dropLast()) }
        case .clear: if let field = typingField(state) { state.inputs[field] = nil; state.scroll = 0 }
        case .focus(let field): state.field = field
        case .nextField: if state.page == .book { state.field = state.field == .name ? .phone : .name }
        case .pickSlot(let slot):
            state.slot = slot
            state.field = .name
        case .level(let level): state.level = level
        case .reason(let reason): state.reason = state.reason == reason ? nil : reason
        case .staffExit: open(.staffExit, &state)
        case .submit: return submit(&state)
        }
        return []
    }

    static func open(_ page: KioskPage, _ state: inout KioskState) {
        guard page != state.page else { return }
        state.history.append(state.page)
        state.page = page
        state.scroll = 0
        state.message = nil
        if page == .search { state.inputs[.search] = nil }
    }

    /// 返回: a chosen slot is given up first; then the page before.
    static func back(_ state: inout KioskState) {
        if state.page == .book, state.slot != nil {
            state.slot = nil
            return
        }
        state.inputs[.pin] = nil
        state.page = state.history.popLast() ?? .home
        state.scroll = 0
        state.message = nil
    }

    static func page(_ direction: Int, _ state: inout KioskState) {
        let layout = KioskLayout.of(state)
        let step = max(1, KioskPages.pages(state) && isText(state.page) ? layout.body.height - 1 : layout.pageSize)
        let last = max(0, layout.total - (isText(state.page) ? layout.body.height : layout.pageSize))
        state.scroll = min(max(0, state.scroll + direction * step), max(0, last))
    }

    static func isText(_ page: KioskPage) -> Bool {
        switch page {
        case .profile, .notices, .item: return true
        default: return false
        }
    }

    static func type(_ text: String, into field: KioskField, _ state: inout KioskState) {
        let now = state.text(field)
        guard now.count + text.count <= limits[field] ?? 10 else { return }
        state.inputs[field] = now + text
        state.message = nil
        if field == .search { state.scroll = 0 }
    }
}
