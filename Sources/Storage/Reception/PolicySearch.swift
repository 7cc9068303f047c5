import Domain
import GRDB

/// The policy library's search while a resident waits: Chinese substrings of any length and
/// pinyin (full or initials), ranked with title matches first.
///
/// FTS5's trigram tokenizer finds nothing under three characters, and most Chinese search words
/// are two; so a term of one or two characters is found by an `instr` scan of the text columns
/// (a few thousand short rows: fast enough), a longer one through the trigram index. A term of
/// ASCII letters is also matched against the titles' pinyin keys, by substring.
enum PolicySearch {
    /// The text columns searched, in the order of the index.
    static let textColumns = [
        "title", "line_of_business", "eligibility", "materials", "procedure", "legal_basis", "department", "location",
    ]

    /// Items matching `query`, best first, at most `limit`; every item, by line of business, when it is blank.
    static func run(_ query: String, limit: Int, in db: Database) throws -> [PolicyItem] {
        let term = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if term.isEmpty { return try PolicyTable.all(limit: limit, in: db) }
        let sql = """
            SELECT \(PolicyTable.columns), \(rank) AS rank FROM policy_item
            WHERE \(textMatch(term)) OR instr(pinyin_keys, :pinyin) > 0
            ORDER BY rank, length(title), title
            LIMIT :limit
            """
        let arguments: StatementArguments = [
            "term": term, "pinyin": PinyinKeys.query(term), "phrase": phrase(term), "limit": limit,
        ]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(PolicyTable.item)
    }

    // MARK: - SQL

    /// Title first (at its start, then anywhere), then the title's pinyin (a key's start, then
    /// inside), then the line of business, then the other fields. A NULL `:pinyin` matches nothing.
    private static let rank = """
        CASE WHEN instr(title, :term) = 1 THEN 0
             WHEN instr(title, :term) > 0 THEN 1
             WHEN instr(' ' || pinyin_keys, ' ' || :pinyin) > 0 THEN 2
             WHEN instr(pinyin_keys, :pinyin) > 0 THEN 3
             WHEN instr(line_of_business, :term) > 0 THEN 4
             ELSE 5 END
        """

    /// The trigram index for three characters or more; a scan of every text column below that.
    static func textMatch(_ term: String) -> String {
        if usesIndex(term) { return "id IN (SELECT rowid FROM policy_fts WHERE policy_fts MATCH :phrase)" }
        return "(" + textColumns.map { "instr(\($0), :term) > 0" }.joined(separator: " OR ") + ")"
    }

    /// True when the term is long enough for the trigram index.
    static func usesIndex(_ term: String) -> Bool { term.unicodeScalars.count >= 3 }

    /// The term as one FTS5 phrase, its double quotes doubled, so no character is taken for syntax.
    static func phrase(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
