import Domain
import ScreenKit

/// The 积分卡 tab's state: the loaded card, the page shown, the list cursor and an open form.
public struct PointsState: Equatable, Sendable {
    /// The tab's pages: the card, the records behind one item, the secretary's overview.
    public enum Page: Equatable, Sendable {
        case card
        case records(PointsItem)
        case overview
        /// One record behind an item, opened from its list (its index in that list).
        case record(PointsItem, Int)
        /// The year's ranking per street office.
        case ranking
    }

    public var snapshot: PointsSnapshot?
    public var page: Page = .card
    public var list = ListState()
    public var editor: PointsEditor?
    /// A signature asked for and waiting for the secretary's yes (a dialog over the page).
    public var signing: PointsSigning?
    /// The year's ranking, once loaded for the 年度排行 page.
    public var ranking: PointsRanking?

    public init() {}

    init(page: Page, selected: Int) {
        self.page = page
        self.list = ListState(selected: selected)
    }

    /// The month shown, once loaded.
    public var month: Month? { snapshot?.month }
}

/// A form on the points tab: a line entered by the secretary, or an amendment after signing.
public struct PointsEditor: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case add
        /// An amendment adding a line to a signed card.
        case amend
        /// An amendment changing or striking line `index` of the lines in force.
        case amendLine(Int)
        /// An amendment recomputing a computed item from its records (签名后新增): the reason only.
        case recompute(PointsItem)
    }

    public var mode: Mode
    public var form: FormState
    /// The list of 居委会班子会议 decisions over the form, while it is open (`DecisionPicker`).
    public var picker: ListState?

    var title: String {
        switch mode {
        case .add: return PointsText.addTitle
        case .recompute(let item): return PointsText.recomputeTitle(item)
        case .amend, .amendLine: return PointsText.amendTitle
        }
    }
}
