import Domain
import ScreenKit

/// Where everything of a kiosk page goes at the screen's size: the same answer for drawing and
/// for finding which button a touch landed on.
public struct KioskLayout: Equatable, Sendable {
    /// The touch targets, placed.
    public var buttons: [KioskButton]
    /// Rows between the title and the message line.
    public var body: Rect
    /// The rows of `body` left for the page's text (above its buttons).
    public var text: Rect
    /// How many list buttons (or text lines) one page shows, and how many there are.
    public var pageSize: Int
    public var total: Int

    /// The layout of `state`'s page.
    public static func of(_ state: KioskState) -> KioskLayout {
        let frame = KioskFrame(width: state.width, height: state.height)
        var layout = KioskLayout(buttons: [], body: frame.body, text: frame.body, pageSize: frame.body.height, total: 0)
        KioskPages.build(state, frame, into: &layout)
        layout.buttons += KioskGrid.place(KioskPages.footer(state), on: frame.footerCells(KioskPages.footer(state).count))
        return layout
    }

    /// The button under a touch, if any.
    public func button(atColumn column: Int, row: Int) -> KioskButton? {
        buttons.first { $0.contains(column: column, row: row) }
    }
}

/// The fixed parts of every page: title row, body, message row, and the footer of large buttons.
struct KioskFrame {
    var width: Int
    var height: Int

    /// Buttons are 3 rows tall at 80×24 and grow on a larger screen (本程序取值).
    var buttonHeight: Int { height >= 40 ? 5 : 3 }
    var footer: Rect { Rect(x: 1, y: height - buttonHeight, width: width - 2, height: buttonHeight) }
    var messageRow: Int { footer.y - 1 }
    var body: Rect { Rect(x: 1, y: 2, width: width - 2, height: max(0, messageRow - 2)) }

    func footerCells(_ count: Int) -> [Rect] {
        KioskGrid.cells(in: footer, count: count, columns: max(count, 4), rowHeight: buttonHeight)
    }
}
