import Domain
import ScreenKit

/// The 积分卡 tab's state: the loaded card, the page shown, the list cursor and an open form.
public struct PointsState: Equatable, Sendable {
    /// The tab's pages: the card, the records behind one item, the secretary's overview.
    public enum Page: Equatable, Sendable {
        case card
        case records(PointsItem)
        case overview
    }

    public var snapshot: PointsSnapshot?
    public var page: Page = .card
    public var list = ListState()
    public var editor: PointsEditor?

    public init() {}

    /// The month shown, once loaded.
    public var month: Month? { snapshot?.month }
}

/// A form on the points tab: a line entered by the secretary, or an amendment after signing.
public struct PointsEditor: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case add
        case amend
    }

    public var mode: Mode
    public var form: FormState

    var title: String { mode == .add ? PointsText.addTitle : PointsText.amendTitle }
}
