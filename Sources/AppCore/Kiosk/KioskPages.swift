import Domain
import ScreenKit

/// Each page's buttons, placed in its body.
enum KioskPages {
    static func build(_ state: KioskState, _ frame: KioskFrame, into layout: inout KioskLayout) {
        guard let snapshot = state.snapshot else { return }
        switch state.page {
        case .home: home(frame, into: &layout)
        case .guide: list([KioskButton(KioskText.search, .open(.search))] + snapshot.guide.categories.map {
                KioskButton($0, .open(.category($0))) }, state, frame, columns: 2, into: &layout)
        case .category(let name): list(snapshot.guide.items(in: name).map { KioskButton($0.title, .open(.item($0.title))) },
                                       state, frame, columns: 2, into: &layout)
        case .search: KioskSearchPage.build(state, frame, into: &layout)
        case .info: info(frame, into: &layout)
        case .book: KioskFormPages.book(state, frame, into: &layout)
        case .rate: KioskFormPages.rate(state, frame, into: &layout)
        case .staffExit: KioskFormPages.staffExit(state, frame, into: &layout)
        case .profile, .notices, .item: layout.total = KioskTextPages.lines(state, width: frame.body.width).count
        }
    }

    /// 首页: three lines of the day, then the four large buttons of 二(六).
    static func home(_ frame: KioskFrame, into layout: inout KioskLayout) {
        let buttons = [(KioskText.profile, KioskPage.profile), (KioskText.notices, .notices), (KioskText.info, .info),
                       (KioskText.guide, .guide)].enumerated().map { i, pair in
            KioskButton("\(i + 1)  \(pair.0)", key: .char(Character("\(i + 1)")), .open(pair.1))
        }
        let area = KioskGrid.below(frame.body, rows: 4)
        let height = (area.height - 1) / 2
        layout.text = KioskGrid.top(frame.body, rows: 3)
        layout.buttons = KioskGrid.place(buttons, on: KioskGrid.cells(in: area, count: 4, columns: 2, rowHeight: height))
    }

    /// 社区信息: the week's hours and intake days, then the booking button.
    static func info(_ frame: KioskFrame, into layout: inout KioskLayout) {
        let h = frame.buttonHeight
        let button = KioskButton("1  \(KioskText.book)", key: .char("1"), .open(.book))
        let rect = Rect(x: frame.body.x, y: frame.body.maxY - h, width: frame.body.width, height: h)
        layout.text = KioskGrid.top(frame.body, rows: frame.body.height - h - 1)
        layout.buttons = KioskGrid.place([button], on: [rect])
    }

    /// A page of buttons from a longer list, numbered 1–9 for the keyboard; the rest a page further.
    static func list(_ all: [KioskButton], _ state: KioskState, _ frame: KioskFrame, columns: Int, top: Int = 0,
                     into layout: inout KioskLayout) {
        let area = KioskGrid.below(frame.body, rows: top)
        layout.pageSize = KioskGrid.capacity(of: area, columns: columns, rowHeight: frame.buttonHeight)
        layout.total = all.count
        let shown = numbered(Array(all.dropFirst(state.scroll).prefix(layout.pageSize)))
        layout.text = KioskGrid.top(frame.body, rows: top)
        layout.buttons += KioskGrid.place(shown, on: KioskGrid.cells(in: area, count: shown.count, columns: columns,
                                                                      rowHeight: frame.buttonHeight))
    }

    /// The first nine buttons of a page numbered 1–9, so each is a key too.
    static func numbered(_ buttons: [KioskButton]) -> [KioskButton] {
        buttons.enumerated().map { i, button in
            guard i < 9 else { return button }
            var out = button
            out.label = "\(i + 1)  \(button.label)"
            out.key = .char(Character("\(i + 1)"))
            return out
        }
    }

    /// The footer: 首页 and 返回 off the home page, the page keys where a page has more, 评价 on 首页.
    static func footer(_ state: KioskState) -> [KioskButton] {
        if state.snapshot == nil { return [] }
        if state.page == .home { return [KioskButton("5  \(KioskText.rating)", key: .char("5"), .open(.rate))] }
        var out = [KioskButton("0  \(KioskText.home)", key: .char("0"), .home), KioskButton("Esc \(KioskText.back)", key: .escape, .back)]
        if state.page != .staffExit, pages(state) {
            out += [KioskButton("PgUp \(KioskText.previous)", key: .pageUp, .pageUp),
                    KioskButton("PgDn \(KioskText.next)", key: .pageDown, .pageDown)]
        }
        return out
    }

    /// Whether the page has more than one page of buttons or text.
    static func pages(_ state: KioskState) -> Bool {
        switch state.page {
        case .guide, .category, .search, .profile, .notices, .item, .book: return true
        default: return false
        }
    }
}
