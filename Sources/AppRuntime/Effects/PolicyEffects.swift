import AppCore
import Domain
import Storage

/// The policy library's effects against the database.
extension EffectRunner {
    /// The items for `query`, as the reception tab's search shows them.
    func searchPolicies(_ query: String) throws -> Action {
        .policiesFound(query: query, items: try database.searchPolicies(query))
    }
}
