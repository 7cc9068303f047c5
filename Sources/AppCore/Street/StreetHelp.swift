import Domain
import Foundation
import ScreenKit

/// The street program's help: every binding of the contexts in force, generated from the keymap.
enum StreetHelp {
    /// The headings of the street's own contexts; the shared ones keep the committee program's.
    static func title(of context: String) -> String {
        switch context {
        case StreetKeymap.street: return "主界面"
        case StreetKeymap.review: return StreetScreenText.reviewTitle
        case StreetKeymap.books: return StreetScreenText.booksTitle
        case StreetKeymap.ledger: return "明细账"
        default: return KeyContext(rawValue: context)?.title ?? context
        }
    }

    /// The contexts whose keys the help lists on the screen shown.
    static func contexts(_ state: StreetState) -> [String] {
        if case .main(let main) = state.phase { return StreetTabs.contexts(main) }
        return ["login", "list", "global"]
    }

    static func lines(_ state: StreetState) -> [(text: String, heading: Bool)] {
        var lines: [(String, Bool)] = []
        for context in contexts(state) {
            let bindings = state.keymap.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            lines.append(("【\(title(of: context))】", true))
            lines += bindings.map { ("  " + DisplayWidth.fit($0.key.description, to: 12) + $0.help, false) }
        }
        return lines
    }

    static func handleKey(_ key: Key, scroll: Int, _ state: inout StreetState) -> [StreetEffect] {
        guard let name = StreetUpdate.command(key, state, ["help"]) else { return [] }
        if name == "cancel" { state.modal = nil; return [] }
        let page = max(1, state.height - 4)   // the dialog's height less its border and margin, as `render` draws it
        if let command = Command(rawValue: name),
           let moved = Scroll.moved(scroll, by: command, end: lines(state).count - page, page: page) {
            state.modal = .help(scroll: moved)
        }
        return []
    }

    static func render(_ state: StreetState, scroll: Int, into buffer: inout ScreenBuffer) {
        HelpScreen.render(lines(state), keymap: state.keymap, scroll: scroll, into: &buffer)
    }
}
