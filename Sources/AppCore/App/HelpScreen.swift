import Domain
import ScreenKit

/// The help screen: every binding of the contexts that were in force, generated from the keymap,
/// less the keys the person may not use (`KeyAccess`).
enum HelpScreen {
    /// "按键帮助（Esc 关闭，↑↓ 滚动）", naming the closing key in force.
    static func title(_ keymap: Keymap) -> String {
        "按键帮助（" + (keymap.names(of: [.cancel], in: [.help], limit: 1).map { "\($0) 关闭，" } ?? "") + "↑↓ 滚动）"
    }

    static func lines(_ state: AppState, contexts: [KeyContext]) -> [(text: String, heading: Bool)] {
        var lines: [(String, Bool)] = []
        for context in contexts + [.global] where !lines.contains(where: { $0.1 && $0.0 == "【\(context.title)】" }) {
            let bindings = state.keymap.bindings(in: context.rawValue).filter { KeyAccess.offers($0.command, in: context, state) }
            guard !bindings.isEmpty else { continue }
            lines.append(("【\(context.title)】", true))
            for binding in bindings {
                lines.append(("  " + DisplayWidth.fit(binding.key.description, to: 12) + binding.help, false))
            }
        }
        return lines + KioskText.staffHelp.enumerated().map { ($1, $0 == 0) }
    }

    /// The first line shown after `command` moves the help from `scroll` on a screen `screenHeight` rows
    /// high: a line, a page, the top or the end, never past the point where the last line is at the bottom
    /// (so a ↑ after many ↓ moves at once). Nil for a command that does not scroll.
    static func scrolled(_ scroll: Int, by command: Command, _ state: AppState, contexts: [KeyContext]) -> Int? {
        let page = max(1, state.height - 4)   // the dialog's height less its border and margin, as `render` draws it
        return Scroll.moved(scroll, by: command, end: lines(state, contexts: contexts).count - page, page: page)
    }

    static func render(_ state: AppState, contexts: [KeyContext], scroll: Int, into buffer: inout ScreenBuffer) {
        render(lines(state, contexts: contexts), keymap: state.keymap, scroll: scroll, into: &buffer)
    }

    /// Draws `all` (headings and bindings) in the help's box from line `scroll`: the committee's help and the street's.
    static func render(_ all: [(text: String, heading: Bool)], keymap: Keymap, scroll: Int, into buffer: inout ScreenBuffer) {
        let inner = Dialog.render(title: title(keymap), width: min(buffer.width - 4, 64), height: buffer.height - 2, into: &buffer)
        let start = min(scroll, max(0, all.count - inner.height))
        for (i, line) in all.dropFirst(start).prefix(inner.height).enumerated() {
            buffer.put(line.text, x: inner.x, y: inner.y + i, maxWidth: inner.width, role: line.heading ? .dialogTitle : .dialog)
        }
        buffer.cursor = nil
    }
}
