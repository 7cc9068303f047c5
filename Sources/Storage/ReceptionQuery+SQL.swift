import Domain
import GRDB

/// The history search as SQL over the reception log and its amendments.
extension ReceptionQuery {
    /// Columns with an index of their own (v19-bench-indexes): a term in one is looked for by scanning that
    /// narrow index for the ids, not the whole log. The amendments (few) are scanned once, not
    /// probed once a record.
    static let indexedColumns: Set<String> = ["resident_name", "room"]

    /// The WHERE clause and its arguments.
    var condition: (String, StatementArguments) {
        var parts = ["1"]
        var arguments = StatementArguments()
        func match(_ value: String, columns: [String], keys: [String]) {
            let term = value.trimmingCharacters(in: .whitespaces)
            guard !term.isEmpty else { return }
            let own = columns.map { Self.indexedColumns.contains($0)
                ? "r.id IN (SELECT id FROM reception WHERE instr(\($0), ?) > 0)" : "instr(r.\($0), ?) > 0" }
            let amended = keys.map { "instr(json_extract(a.content, '$.\($0)'), ?) > 0" }
            parts.append("(" + own.joined(separator: " OR ")
                + " OR r.id IN (SELECT a.reception_id FROM reception_amendment a WHERE "
                + amended.joined(separator: " OR ") + "))")
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
