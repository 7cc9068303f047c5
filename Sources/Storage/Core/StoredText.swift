import Domain

/// The last guard before a text reaches SQLite. GRDB hands a Swift string to SQLite as a C
/// string (`sqlite3_bind_text` with length -1), which ends at the first NUL: "好邻居\0文具店" was
/// stored as "好邻居" while the audit row's JSON kept the whole, and `check` raised a tamper
/// alarm for ever. Every way in refuses control characters (`FieldText`), and every audited
/// write passes its detail through here, so that no write whose texts differ from what SQLite
/// would keep can commit.
enum StoredText {
    /// Throws when a value of `detail` holds a NUL (which SQLite would cut off), naming its key.
    static func refuseNUL(_ detail: [String: String]) throws {
        for (key, value) in detail.sorted(by: { $0.key < $1.key }) where value.unicodeScalars.contains("\u{0}") {
            throw StorageError(.invalidInput, StorageText.nulInText(key))
        }
    }
}
