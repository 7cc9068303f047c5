import Domain
import Storage

/// What the policy library's search needs of storage (the reception desk and the duty tab's bookings).
public protocol PolicyStore {
    func searchPolicies(_ query: String, limit: Int) throws -> [PolicyItem]
}

extension AppDatabase: PolicyStore {}
