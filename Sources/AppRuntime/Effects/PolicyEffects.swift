import AppCore
import Storage

/// The policy library's effects against a `PolicyStore`.
struct PolicyEffects {
    let store: any PolicyStore

    /// The items for `query`, as the reception tab's search shows them.
    func search(_ query: String) throws -> Action {
        .policiesFound(query: query, items: try store.searchPolicies(query, limit: AppDatabase.policySearchLimit))
    }
}
