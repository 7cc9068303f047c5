import Domain
import GRDB

/// The policy library's search while a resident waits: Chinese substrings of any length and
/// pinyin (full or initials), ranked with title and alias matches first.
///
/// FTS5's trigram tokenizer finds nothing under three characters, and most Chinese search words
/// are two; so a term of one or two characters is found by an `instr` scan of the text columns
/// (a few thousand short rows: fast enough), a longer one through the trigram index. A term of
/// ASCII letters is also pinyin: matched the same way against the pinyin of the titles and
/// aliases (`pinyin_keys`) and of the rest of the text (`pinyin_text`), so that `dibao` finds
/// the items 低保 finds.
enum PolicySearch {
    /// The text columns searched, in the order of the index.
    static let textColumns = [
        "title", "aliases", "line_of_business", "eligibility", "materials", "procedure", "legal_basis", "department",
        "location",
    ]

    /// The pinyin columns searched, after the text in the index.
    static let pinyinColumns = ["pinyin_keys", "pinyin_text"]

    /// Every column of the trigram index `policy_fts`.
    static var indexedColumns: [String] { textColumns + pinyinColumns }

    /// Items matching `query`, best first, at most `limit`; every item, by line of business, when it is blank.
    static func run(_ query: String, limit: Int, in db: Database) throws -> [PolicyItem] {
        let term = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if term.isEmpty { return try PolicyTable.all(limit: limit, in: db) }
        let pinyin = PinyinKeys.query(term)
        let sql = """
            SELECT \(PolicyTable.columns), \(rank) AS rank FROM policy_item
            WHERE \(condition(term, pinyin: pinyin))
            ORDER BY rank, length(title), title
            LIMIT :limit
            """
        let arguments: StatementArguments = [
            "term": term, "pinyin": pinyin, "match": match(term, pinyin: pinyin), "limit": limit,
        ]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(PolicyTable.item)
    }

    // MARK: - SQL

    /// Title first (at its start, then anywhere, or in an alias), then the pinyin of the title and
    /// aliases (a key's start, then inside), then the line of business, then the other fields. A
    /// NULL `:pinyin` matches nothing.
    private static let rank = """
        CASE WHEN instr(title, :term) = 1 THEN 0
             WHEN instr(title, :term) > 0 OR instr(aliases, :term) > 0 THEN 1
             WHEN instr(' ' || pinyin_keys, ' ' || :pinyin) > 0 THEN 2
             WHEN instr(pinyin_keys, :pinyin) > 0 THEN 3
             WHEN instr(line_of_business, :term) > 0 THEN 4
             ELSE 5 END
        """

    /// The WHERE clause: the trigram index for the parts of three characters or more (`:match`),
    /// a scan of their columns for the shorter ones.
    static func condition(_ term: String, pinyin: String?) -> String {
        var scans: [String] = []
        if !usesIndex(term) { scans += textColumns.map { "instr(\($0), :term) > 0" } }
        if let pinyin, !usesIndex(pinyin) { scans += pinyinColumns.map { "instr(\($0), :pinyin) > 0" } }
        if match(term, pinyin: pinyin) != nil { scans.append("id IN (SELECT rowid FROM policy_fts WHERE policy_fts MATCH :match)") }
        return "(" + scans.joined(separator: " OR ") + ")"
    }

    /// The FTS5 query of the parts long enough for the index, each limited to its columns; nil when none is.
    static func match(_ term: String, pinyin: String?) -> String? {
        var parts: [String] = []
        if usesIndex(term) { parts.append(filter(textColumns, term)) }
        if let pinyin, usesIndex(pinyin) { parts.append(filter(pinyinColumns, pinyin)) }
        return parts.isEmpty ? nil : parts.joined(separator: " OR ")
    }

    /// `term` as a phrase searched in `columns` only.
    static func filter(_ columns: [String], _ term: String) -> String {
        "{" + columns.joined(separator: " ") + "} : " + phrase(term)
    }

    /// True when the term is long enough for the trigram index.
    static func usesIndex(_ term: String) -> Bool { term.unicodeScalars.count >= 3 }

    /// The term as one FTS5 phrase, its double quotes doubled, so no character is taken for syntax.
    static func phrase(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
