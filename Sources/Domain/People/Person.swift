import Foundation

/// A member of the committee's staff who can log in.
public struct Person: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var name: String
    public var roles: Set<Role>
    public var zone: String?
    public var isActive: Bool
    /// False for a person imported without a PIN: they choose one at first login.
    public var hasPin: Bool
    /// The end of the person's last lock after wrong PINs, as stored (possibly past): whether they
    /// are locked out now is `LoginLockout.lockedUntil(_:now:)`'s to say.
    public var lockedUntil: Date?

    public init(id: Int64, name: String, roles: Set<Role>, zone: String? = nil, isActive: Bool = true, hasPin: Bool = true,
                lockedUntil: Date? = nil) {
        self.id = id
        self.name = name
        self.roles = roles
        self.zone = zone
        self.isActive = isActive
        self.hasPin = hasPin
        self.lockedUntil = lockedUntil
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
}

extension Array where Element == Person {
    /// The first of these people who holds `role` (the committee's secretary, a second approver).
    public func first(holding role: Role) -> Person? { first(where: { $0.has(role) }) }
}

/// The committee that owns one database.
public struct Committee: Sendable, Equatable, Codable {
    public var name: String
    public var streetOffice: String

    public init(name: String, streetOffice: String) {
        self.name = name
        self.streetOffice = streetOffice
    }
}

/// Checks a person's name as typed into a form or a file.
public enum PersonName {
    public static let maxLength = 20

    /// The trimmed name, or a Chinese reason why it cannot be used.
    public static func validate(_ text: String) -> Result<String, InputError> {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return .failure(InputError("姓名不能为空")) }
        if name.count > maxLength { return .failure(InputError("姓名不能超过 \(maxLength) 个字")) }
        if let error = FieldText.problem(name, label: "姓名", maxLength: maxLength) { return .failure(error) }
        return .success(name)
    }
}

/// A clear Chinese message about input that was refused; nothing was changed.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
