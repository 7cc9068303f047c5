import Domain
import Foundation
import ScreenKit

/// The main screen's keys: the tab bar's, then the tab's own, then the shared list and global keys.
enum StreetTabs {
    /// The keymap contexts in force on `main`, most specific first.
    static func contexts(_ main: StreetMain) -> [String] {
        let own = main.tab == .review ? StreetKeymap.review : (main.ledger == nil ? StreetKeymap.books : StreetKeymap.ledger)
        return [own, "list", StreetKeymap.street, "global"]
    }

    static func handleKey(_ key: Key, _ main: inout StreetMain, _ state: inout StreetState) -> [StreetEffect] {
        guard let name = StreetUpdate.command(key, state, contexts(main)) else { return [] }
        if let effects = switchTab(name, &main) { return effects }
        switch name {
        case "refresh": return load(main)
        case "logout":
            state.phase = .login(StreetLogin(people: []))
            state.message = nil
            return [.loadPeople]
        default: break
        }
        let page = state.height - 10
        if main.tab == .review { return review(name, &main, &state, page: page) }
        return books(name, &main, &state, page: page)
    }

    /// The tab keys; nil when `name` is not one.
    static func switchTab(_ name: String, _ main: inout StreetMain) -> [StreetEffect]? {
        let count = StreetTab.allCases.count
        let target: StreetTab
        switch name {
        case "tab1": target = .review
        case "tab2": target = .books
        case "nextTab": target = StreetTab(rawValue: (main.tab.rawValue + 1) % count)!
        case "previousTab": target = StreetTab(rawValue: (main.tab.rawValue + count - 1) % count)!
        default: return nil
        }
        main.tab = target
        return load(main)
    }

    /// What the tab shown reads from the server.
    static func load(_ main: StreetMain) -> [StreetEffect] {
        switch main.tab {
        case .review: return [.loadQueue]
        case .books:
            if let ledger = main.ledger { return [.loadLedger(committee: ledger.committee, year: main.year)] }
            return [.loadBooks(year: main.year)]
        }
    }

    // MARK: - 审核

    static func review(_ name: String, _ main: inout StreetMain, _ state: inout StreetState, page: Int) -> [StreetEffect] {
        if StreetList.move(name, &main.queueList, count: main.queue.count, page: page) { return [] }
        guard name == "pass" || name == "returnItem" else { return StreetUpdate.global(name, &state) }
        guard main.roles.contains(StreetRole.selfGovernanceOffice.rawValue) else {
            state.message = .init(StreetScreenText.notReviewer, .error)
            return []
        }
        guard main.queue.indices.contains(main.queueList.selected) else { return [] }
        state.modal = .decide(StreetDecisionForm(entry: main.queue[main.queueList.selected], passing: name == "pass"))
        return []
    }

    // MARK: - 专账

    static func books(_ name: String, _ main: inout StreetMain, _ state: inout StreetState, page: Int) -> [StreetEffect] {
        if var ledger = main.ledger {
            if StreetList.move(name, &ledger.list, count: ledger.lines.count, page: page) { main.ledger = ledger; return [] }
            if name == "back" { main.ledger = nil; return [.loadBooks(year: main.year)] }
        } else {
            if StreetList.move(name, &main.booksList, count: main.books.count, page: page) { return [] }
            let sorted = main.sortedBooks
            if name == "sort" { main.sort = main.sort.next; main.booksList = ListState(); return [] }
            if name == "open", sorted.indices.contains(main.booksList.selected) {
                let committee = sorted[main.booksList.selected].committee
                main.ledger = StreetLedger(committee: committee, lines: [])
                return [.loadLedger(committee: committee, year: main.year)]
            }
        }
        if name == "previousYear" || name == "nextYear" {
            main.year += name == "nextYear" ? 1 : -1
            return load(main)
        }
        return StreetUpdate.global(name, &state)
    }
}
