import Domain
import ScreenKit

/// The 首问接待 tab: for now its policy search (the reception log comes later). The search field
/// has the keyboard; results arrive as the person types; Enter opens an item in full.
public struct ReceptionState: Equatable, Sendable {
    /// Longest search text, in characters.
    public static let maxQueryLength = 30

    /// What the person has typed into the search field.
    public var query = TextInput("", maxLength: maxQueryLength)
    /// The items found for `query`; nil until the first answer arrives.
    public var results: [PolicyItem]?
    /// The chosen row of the results.
    public var list = ListState()
    /// The item shown in full, over the results, while open.
    public var opened: PolicyItem?
    /// The first line of the opened item shown.
    public var scroll = 0

    public init() {}

    /// The item on the chosen row, if any.
    public var selected: PolicyItem? {
        guard let results, results.indices.contains(list.selected) else { return nil }
        return results[list.selected]
    }
}
