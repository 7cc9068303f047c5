import GRDB

/// The `v20-reception-search` step: an FTS5 trigram index over what the reception history search
/// matches (`ReceptionQuery.condition`), so that a term is looked up, not scanned for.
///
/// The log is append-only and a correction is a new `reception_amendment` row carrying the whole
/// corrected content; the history finds a record by its original content or by any of its
/// amendments. So the index holds one document per version: the original under the record's id,
/// each amendment under minus the amendment's id (`ReceptionSearchIndex.recordID`). It is
/// contentless and only ever added to, by triggers on the two tables' inserts (their updates and
/// deletes are refused by `v7-reception`), so it cannot drift from the log.
///
/// Every value is indexed followed by two `\u{1}` characters: then every one- or two-character
/// substring of a value begins some trigram of the index, and a short term is found through the
/// index's vocabulary (`ReceptionSearchIndex`), not by a scan of the log. `\u{1}` is a control
/// character, which no field of a record can hold (`TextField`).
///
/// `reception_by_time` lets the history read the matching records newest first and stop at its
/// limit, instead of reading every match to sort it (a word in 5 % of 100,000 records: 14 ms,
/// against 35–48 ms).
extension Schema {
    static func addReceptionSearch(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE reception_fts USING fts5(
                \(ReceptionSearchIndex.columns.joined(separator: ", ")),
                content = '', tokenize = 'trigram case_sensitive 1'
            );
            CREATE VIRTUAL TABLE reception_fts_terms USING fts5vocab(reception_fts, instance);
            CREATE VIRTUAL TABLE reception_fts_counts USING fts5vocab(reception_fts, col);
            CREATE INDEX reception_by_time ON reception(at);
            CREATE TRIGGER reception_fts_insert AFTER INSERT ON reception BEGIN
                INSERT INTO reception_fts(rowid, \(columnList)) VALUES (new.id, \(values(row: "new")));
            END;
            CREATE TRIGGER reception_fts_amend AFTER INSERT ON reception_amendment BEGIN
                INSERT INTO reception_fts(rowid, \(columnList)) VALUES (-new.id, \(values(json: "new.content")));
            END;
            INSERT INTO reception_fts(rowid, \(columnList)) SELECT id, \(values(row: "reception")) FROM reception;
            INSERT INTO reception_fts(rowid, \(columnList))
                SELECT -id, \(values(json: "reception_amendment.content")) FROM reception_amendment;
            """)
    }

    private static var columnList: String { ReceptionSearchIndex.columns.joined(separator: ", ") }

    /// The values of a `reception` row, each with its end mark.
    private static func values(row: String) -> String {
        ReceptionSearchIndex.columns.map { "\(row).\($0) || \(ReceptionSearchIndex.endMarkSQL)" }.joined(separator: ", ")
    }

    /// The values of an amendment's JSON content (a `ReceptionDraft`), each with its end mark.
    private static func values(json: String) -> String {
        ReceptionSearchIndex.jsonKeys.map { "coalesce(json_extract(\(json), '$.\($0)'), '') || \(ReceptionSearchIndex.endMarkSQL)" }
            .joined(separator: ", ")
    }
}
