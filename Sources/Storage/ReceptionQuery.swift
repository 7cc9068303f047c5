import Domain
import GRDB

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

    // MARK: - SQL

    /// The WHERE clause and its arguments.
    var condition: (String, StatementArguments) {
        var parts = ["1"]
        var arguments = StatementArguments()
        func match(_ value: String, columns: [String], keys: [String]) {
            let term = value.trimmingCharacters(in: .whitespaces)
            guard !term.isEmpty else { return }
            let own = columns.map { "instr(r.\($0), ?) > 0" }
            let amended = keys.map { "instr(json_extract(a.content, '$.\($0)'), ?) > 0" }
            parts.append("(" + own.joined(separator: " OR ")
                + " OR EXISTS (SELECT 1 FROM reception_amendment a WHERE a.reception_id = r.id AND ("
                + amended.joined(separator: " OR ") + ")))")
            arguments += StatementArguments(Array(repeating: term, count: columns.count + keys.count))
        }
        match(name, columns: ["resident_name"], keys: ["residentName"])
        match(room, columns: ["room"], keys: ["room"])
        match(category, columns: ["category"], keys: ["category"])
        match(text, columns: ["question", "action_taken", "department", "policy_title"],
              keys: ["question", "actionTaken", "department", "policyTitle"])
        if let from { parts.append("r.day >= ?"); arguments += [from.iso] }
        if let through { parts.append("r.day <= ?"); arguments += [through.iso] }
        if let policyID {
            parts.append("(r.policy_id = ? OR EXISTS (SELECT 1 FROM reception_amendment a WHERE a.reception_id = r.id"
                + " AND json_extract(a.content, '$.policyID') = ?))")
            arguments += [policyID, policyID]
        }
        return (parts.joined(separator: " AND "), arguments)
    }
}
