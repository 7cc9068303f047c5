import Domain
import GRDB

/// The history search as SQL over the reception log and its amendments.
extension ReceptionQuery {
    /// The WHERE clause and its arguments. Name, room, category and text are found through the
    /// trigram index of the log and its amendments (`ReceptionSearchIndex`, v20-reception-search);
    /// a term the index cannot take is looked for with `instr`, as before the index.
    var condition: (String, StatementArguments) { condition(indexed: true) { _, _ in false } }

    /// True when a name, room, category or text is asked for.
    var hasTerms: Bool {
        [name, room, category, text].contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The WHERE clause with the terms found through the index, but those `scanned` picks (too
    /// common to read from it) and all when not `indexed`, which are looked for by `instr`.
    func condition<E: Error>(indexed: Bool, scanned: (_ term: String, _ columns: [String]) throws(E) -> Bool)
        throws(E) -> (String, StatementArguments) {
        var parts = ["1"]
        var arguments = StatementArguments()
        func match(_ value: String, columns: [String], keys: [String]) throws(E) {
            let term = value.trimmingCharacters(in: .whitespaces)
            guard !term.isEmpty else { return }
            if indexed, try !scanned(term, columns), let (sql, args) = ReceptionSearchIndex.condition(term, in: columns) {
                parts.append(sql)
                arguments += args
                return
            }
            let (sql, args) = Self.scan(term, columns: columns, keys: keys)
            parts.append(sql)
            arguments += args
        }
        try match(name, columns: ["resident_name"], keys: ["residentName"])
        try match(room, columns: ["room"], keys: ["room"])
        try match(category, columns: ["category"], keys: ["category"])
        try match(text, columns: ["question", "action_taken", "department", "policy_title"],
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

    /// `instr` over the columns and the amendments' keys: the search without the index.
    static func scan(_ term: String, columns: [String], keys: [String]) -> (String, StatementArguments) {
        let own = columns.map { "instr(r.\($0), ?) > 0" }
        let amended = keys.map { "instr(json_extract(a.content, '$.\($0)'), ?) > 0" }
        return ("(" + own.joined(separator: " OR ")
                + " OR r.id IN (SELECT a.reception_id FROM reception_amendment a WHERE " + amended.joined(separator: " OR ") + "))",
                StatementArguments(Array(repeating: term, count: columns.count + keys.count)))
    }
}
