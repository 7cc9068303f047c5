import Domain
import Foundation
import ScreenKit

/// The touch screen's reducer: an action in, the new state and the effects out. Pure.
public enum KioskUpdate {
    public static func update(_ state: inout KioskState, _ action: KioskAction) -> [KioskEffect] {
        switch action {
        case .key(let key):
            state.lastTouched = state.now
            return handle(key, &state)
        case .mouse(let event):
            state.lastTouched = state.now
            return handle(event, &state)
        case .tick(let now): return tick(now, &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
        case .loaded(let snapshot): state.snapshot = snapshot
        case .submitted(let text):
            state.inputs = [:]
            state.slot = nil
            state.level = nil
            state.reason = nil
            state.message = KioskMessage(text)
            return [.load]
        case .failed(let text): state.message = KioskMessage(text, isError: true)
        case .exitChecked(let refusal):
            state.inputs[.pin] = nil
            if let refusal { state.message = KioskMessage(refusal, isError: true) } else { state.leaving = true }
        }
        return []
    }

    /// The clock: 60 s untouched forgets everything; the snapshot is read again every 30 s.
    static func tick(_ now: Date, _ state: inout KioskState) -> [KioskEffect] {
        state.now = now
        if now.timeIntervalSince(state.lastTouched) >= KioskState.idleSeconds, state.page != .home || !state.inputs.isEmpty
            || state.message != nil {
            state.forget()
        }
        guard let read = state.snapshot?.readAt else { return [] }
        return now.timeIntervalSince(read) >= KioskState.reloadSeconds || ShanghaiCalendar.day(of: now) != state.snapshot?.today
            ? [.load] : []
    }

    // MARK: - Input

    /// A key: typing into a free-text field first, then the keymap, then a button's key.
    static func handle(_ key: Key, _ state: inout KioskState) -> [KioskEffect] {
        if case .char(let c) = key, let field = typingField(state), accepts(field, c) {
            return run(.type(field, String(c)), &state)
        }
        if let name = state.keymap.command(for: key, in: [KioskKeymap.context]), let command = KioskCommand(keymapName: name) {
            return run(command, &state)
        }
        let pressed = caseless(key)
        if let button = KioskLayout.of(state).buttons.first(where: { $0.key == pressed }) { return run(button.command, &state) }
        return []
    }

    /// A letter as the buttons' keys hold it: the buttons show "A 满意" and take "a", so Shift or
    /// Caps Lock on the hall's keyboard still presses them.
    static func caseless(_ key: Key) -> Key {
        guard case .char(let c) = key, c.isUppercase, let lower = c.lowercased().first else { return key }
        return .char(lower)
    }

    /// A touch: the button under a press; the wheel pages.
    static func handle(_ event: MouseEvent, _ state: inout KioskState) -> [KioskEffect] {
        switch event.action {
        case .wheelUp: return run(.pageUp, &state)
        case .wheelDown: return run(.pageDown, &state)
        case .press where event.button == .left:
            guard let button = KioskLayout.of(state).button(atColumn: event.column, row: event.row) else { return [] }
            return run(button.command, &state)
        default: return []
        }
    }

    /// The field typed keys go to on this page, if any.
    static func typingField(_ state: KioskState) -> KioskField? {
        switch state.page {
        case .search: return .search
        case .book: return state.slot == nil ? nil : state.field
        case .rate: return .number
        case .staffExit: return .pin
        default: return nil
        }
    }

    static func accepts(_ field: KioskField, _ c: Character) -> Bool {
        switch field {
        case .name: return !c.isWhitespace
        case .search: return c.isLetter
        case .phone, .number, .pin: return c.isASCII && c.isNumber
        }
    }
}
