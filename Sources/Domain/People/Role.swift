/// A role a person holds in the committee; one person may hold several.
public enum Role: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case worker = "社工"
    case secretary = "书记"
    case director = "主任"
    case bookkeeper = "报账员"
    case trainer = "培训员"

    /// The Chinese name shown on screen and used in files (社工, 书记, …).
    public var title: String { rawValue }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a list such as "社工、书记" (separated by 、 , ， or spaces) into roles, or says which word is unknown.
    public static func parseList(_ text: String) -> Result<Set<Role>, RoleParseError> {
        let words = text.split(whereSeparator: { "、,， /".contains($0) }).map(String.init)
        var roles = Set<Role>()
        for word in words {
            guard let role = Role(rawValue: word) else { return .failure(.unknown(word)) }
            roles.insert(role)
        }
        return roles.isEmpty ? .failure(.empty) : .success(roles)
    }

    /// The roles in their canonical order, joined by 、 for display.
    public static func describe(_ roles: Set<Role>) -> String {
        roles.sorted().map(\.title).joined(separator: "、")
    }
}

/// Why a list of roles could not be read.
public enum RoleParseError: Error, Equatable, Sendable {
    case empty
    case unknown(String)

    /// A Chinese message for the person who typed the list.
    public var message: String {
        switch self {
        case .empty: return "至少需要一个角色（社工、书记、主任、报账员、培训员）"
        case .unknown(let word): return "未知角色“\(word)”：角色只能是 社工、书记、主任、报账员、培训员"
        }
    }
}
