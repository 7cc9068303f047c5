/// What the history search asks of the reception log: any of name, room, category, a text found
/// in the question, what was done, the department or the policy's title, a date range, a policy
/// item. Empty parts match everything; an amended record is found by its corrected content too.
public struct ReceptionQuery: Sendable, Equatable {
    public var name = ""
    public var room = ""
    public var category = ""
    public var text = ""
    public var from: LocalDate?
    public var through: LocalDate?
    public var policyID: Int64?
    public var limit = 500

    public init(name: String = "", room: String = "", category: String = "", text: String = "",
                from: LocalDate? = nil, through: LocalDate? = nil, policyID: Int64? = nil, limit: Int = 500) {
        self.name = name
        self.room = room
        self.category = category
        self.text = text
        self.from = from
        self.through = through
        self.policyID = policyID
        self.limit = limit
    }
}
