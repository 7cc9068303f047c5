import GRDB

/// How the history search uses `reception_fts` (v20-reception-search) to find the records whose
/// original content or any amendment holds a term in some columns.
///
/// FTS5's trigram tokenizer finds nothing for a term under three characters, and most Chinese
/// words are two. Every indexed value ends in two `\u{1}` marks, so a term of one or two
/// characters begins a trigram wherever it occurs; those trigrams are read from the index's
/// vocabulary (`reception_fts_terms`, one row per occurrence) by a range of terms, which is a seek,
/// not a scan. A term of three characters or more is an FTS5 phrase. Both are exact (the tokenizer
/// is case sensitive and a field cannot hold `\u{1}`), so the matching ids are the same as an
/// `instr` over the log and its amendments would give.
enum ReceptionSearchIndex {
    /// The indexed columns of `reception`, in the index's order.
    static let columns = ["resident_name", "room", "category", "question", "action_taken", "department", "policy_title"]
    /// The same fields as keys of an amendment's JSON content (a `ReceptionDraft`).
    static let jsonKeys = ["residentName", "room", "category", "question", "actionTaken", "department", "policyTitle"]
    /// What follows every indexed value.
    static let endMark = "\u{1}\u{1}"
    static let endMarkSQL = "char(1, 1)"

    /// Above this many occurrences of a term in the columns asked, the history looks for it with `instr`
    /// instead, newest first: reading the index costs about 0.5 µs an occurrence (a character in
    /// every record, 200,000 occurrences: 144 ms on 100,000 records), while so common a term
    /// fills the 500 results within the newest few thousand records (2.6 ms for that one).
    static let scanAbove = 20_000

    /// Up to this many occurrences of its rarest term, a search reads the records by their ids and
    /// sorts them; above, it reads the log newest first until it has its limit. On 100,000 records
    /// (CPU, sqlite3): a name of 0 matches 0.3 ms by ids against 16–18 ms newest first (the whole
    /// time index is read); "王" (998 occurrences) 6–12 ms against 20 ms; "低保" (10,116) 35–48 ms
    /// against 14 ms.
    static let fewIDs = 2_000

    /// How many times `term` occurs in `columns` at most, from the index's vocabulary: a short
    /// term's trigrams summed, a longer one's rarest trigram. A few distinct terms are read, no
    /// occurrences.
    static func occurrences(_ term: String, in columns: [String], _ db: Database) throws -> Int {
        let list = columns.map { "'\($0)'" }.joined(separator: ", ")
        let scalars = Array(term.unicodeScalars)
        if scalars.count < 3 {
            return try Int.fetchOne(db.cachedStatement(sql: """
                SELECT coalesce(sum(cnt), 0) FROM reception_fts_counts WHERE term >= ? AND term < ? AND col IN (\(list))
                """), arguments: [term, term + "\u{10FFFF}"]) ?? 0
        }
        var rarest = Int.max
        for i in 0...(scalars.count - 3) {
            var trigram = String.UnicodeScalarView()
            trigram.append(contentsOf: scalars[i..<(i + 3)])
            let count = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT coalesce(sum(cnt), 0) FROM reception_fts_counts WHERE term = ? AND col IN (\(list))
                """), arguments: [String(trigram)]) ?? 0
            rarest = min(rarest, count)
            if rarest == 0 { break }
        }
        return rarest
    }

    /// A condition on `r.id` true when a version of the record holds `term` in one of `columns`,
    /// and its arguments; nil when the term cannot go through the index (it holds the end mark).
    static func condition(_ term: String, in columns: [String]) -> (String, StatementArguments)? {
        guard !term.isEmpty, !term.unicodeScalars.contains("\u{1}") else { return nil }
        if term.unicodeScalars.count >= 3 {
            return ("r.id IN (SELECT \(recordID("reception_fts.rowid")) FROM reception_fts WHERE reception_fts MATCH ?)",
                    [PolicySearch.filter(columns, term)])
        }
        let list = columns.map { "'\($0)'" }.joined(separator: ", ")
        return ("r.id IN (SELECT \(recordID("reception_fts_terms.doc")) FROM reception_fts_terms WHERE term >= ? AND term < ? AND col IN (\(list)))",
                [term, term + "\u{10FFFF}"])
    }

    /// The record a document of the index belongs to: its own id, or the amended record's.
    static func recordID(_ document: String) -> String {
        "CASE WHEN \(document) > 0 THEN \(document) ELSE (SELECT reception_id FROM reception_amendment WHERE id = -\(document)) END"
    }
}
