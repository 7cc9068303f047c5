import Domain
import ScreenKit

/// 办事指南's search: a field, the on-screen keyboard of letters, the common short names, and
/// a page of what was found.
enum KioskSearchPage {
    static let letters = "abcdefghijklmnopqrstuvwxyz".map { String($0) }

    static func build(_ state: KioskState, _ frame: KioskFrame, into layout: inout KioskLayout) {
        guard let guide = state.snapshot?.guide else { return }
        let h = frame.buttonHeight
        let columns = 13
        let keys = letters.map { KioskButton($0, key: .char(Character($0)), .type(.search, $0)) }
        let keyArea = KioskGrid.below(frame.body, rows: 2)
        var placed = KioskGrid.place(keys, on: KioskGrid.cells(in: keyArea, count: keys.count, columns: columns, rowHeight: h))
        let namesArea = KioskGrid.below(keyArea, rows: 2 * (h + 1))
        let names = [KioskButton(KioskText.erase, key: .backspace, .erase), KioskButton(KioskText.clear, .clear)]
            + guide.shortNames(limit: 4).map { KioskButton($0, .type(.search, $0)) }
        placed += KioskGrid.place(names, on: KioskGrid.cells(in: namesArea, count: names.count, columns: 6, rowHeight: h))
        layout.buttons = placed
        let results = guide.search(state.text(.search)).map { KioskButton($0.title, .open(.item($0.title))) }
        listResults(results, state, area: KioskGrid.below(namesArea, rows: h + 1), h: h, into: &layout)
        layout.text = KioskGrid.top(frame.body, rows: 1)
    }

    /// The found items as buttons under the keyboard, a page at a time.
    static func listResults(_ all: [KioskButton], _ state: KioskState, area: Rect, h: Int, into layout: inout KioskLayout) {
        layout.pageSize = KioskGrid.capacity(of: area, columns: 2, rowHeight: h)
        layout.total = all.count
        let shown = KioskPages.numbered(Array(all.dropFirst(state.scroll).prefix(layout.pageSize)))
        layout.buttons += KioskGrid.place(shown, on: KioskGrid.cells(in: area, count: shown.count, columns: 2, rowHeight: h))
    }
}
