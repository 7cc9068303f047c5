/// The policy library as the touch screen shows it (办事指南): read only, by category (条线),
/// or found by pinyin initials or a common short name typed on the on-screen keyboard.
public struct KioskGuide: Sendable, Equatable {
    /// One item: what a resident needs of it, and the keys it is found by.
    public struct Item: Sendable, Equatable {
        public var title: String
        public var category: String
        public var eligibility: String
        public var materials: [String]
        public var procedure: [String]
        public var department: String
        public var location: String
        /// Lower-case pinyin keys of the title and the aliases (full and initials).
        public var keys: [String]
        public var aliases: [String]

        public init(_ item: PolicyItem) {
            title = item.title
            category = item.lineOfBusiness
            eligibility = item.eligibility
            materials = item.materials
            procedure = item.procedure
            department = item.department
            location = item.location
            keys = item.pinyinKeys
            aliases = item.aliases
        }
    }

    public var items: [Item]

    public init(items: [PolicyItem]) {
        self.items = items.map(Item.init).sorted { ($0.category, $0.title) < ($1.category, $1.title) }
    }

    /// The categories, in order, each once.
    public var categories: [String] {
        var seen: [String] = []
        for item in items where !seen.contains(item.category) { seen.append(item.category) }
        return seen
    }

    /// The items of one category.
    public func items(in category: String) -> [Item] { items.filter { $0.category == category } }

    /// The items found by `typed`: pinyin (initials or full, from the start of a key) or a
    /// short name or title containing it. Nothing typed finds nothing.
    public func search(_ typed: String) -> [Item] {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        if let pinyin = PinyinKeys.query(text) {
            return items.filter { $0.keys.contains { $0.hasPrefix(pinyin) } }
        }
        return items.filter { $0.title.contains(text) || $0.aliases.contains { $0.contains(text) } }
    }

    /// The short names residents use (常用简称), for buttons: each item's first alias, at most `limit`.
    public func shortNames(limit: Int) -> [String] {
        var names: [String] = []
        for item in items {
            guard let alias = item.aliases.first, !names.contains(alias) else { continue }
            names.append(alias)
            if names.count == limit { break }
        }
        return names
    }
}
