import ArgumentParser
import Domain
import Foundation
import Storage

/// `-o FILE` and `--force`: where a report or an export goes, standard output by default.
struct OutputOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "写入此文件（默认输出到标准输出）；新文件权限 0600；已有的文件不替换，除非加 --force")
    var output: String?

    @Flag(help: "允许替换 -o 所指的已有文件（数据库及其 -wal、-shm 文件和备份在任何情况下都不会被写）")
    var force = false

    init() {}

    init(output: String?, force: Bool = false) {
        self.output = output
        self.force = force
    }

    /// Exits with the refusal when `-o` names a file that may not be written (see `ExportFile`),
    /// before anything is read, asked for or recorded.
    func refuseUnwritable(_ database: DatabaseOption) throws {
        guard let path = output, let refusal = ExportFile.refusal(path, force: force, protected: database.path()) else { return }
        try fail(refusal.message)
    }
}

/// How a report or an export is laid out, which decides how its last line, the audit chain's
/// head, is written so that our own imports read the file back unchanged.
enum ExportFormat {
    /// A CSV: the head is one more row of one field; `import` drops it (`ChainFooter.strip`).
    case csv
    /// Printable text: the head is the last line, after a blank one.
    case text
    /// The policy library's TOML: the head is a comment, which the TOML reader skips.
    case toml
}

/// Every report and export ends with the audit chain's head (`AuditChainHead.reportLine`), so a
/// copy on paper or at the street office anchors the history up to there.
enum ChainFooter {
    static let prefix = "审计链："

    /// `text` with `head` as its last line in `format`'s way.
    static func append(_ head: AuditChainHead, to text: String, format: ExportFormat) -> String {
        let ended = text.isEmpty || text.unicodeScalars.last == "\n"   // scalars: Swift keeps "\r\n" as one character
        let body = ended ? text : text + (format == .csv ? "\r\n" : "\n")
        switch format {
        case .csv: return body + head.reportLine + "\r\n"
        case .text: return body + "\n" + head.reportLine + "\n"
        case .toml: return body + "\n# " + head.reportLine + "\n"
        }
    }

    /// `text` without its last line when that line is a chain head (as `append` writes it for a
    /// CSV), so an exported file imports as it was exported; other text is returned unchanged.
    static func strip(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, CharacterSet.whitespacesAndNewlines.contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        let start = scalars[..<end].lastIndex(of: "\n").map { scalars.index(after: $0) } ?? scalars.startIndex
        let last = String(scalars[start..<end])
        guard last.hasPrefix(prefix), last.contains("check --since") else { return text }
        return String(scalars[..<start])
    }
}

/// Writing a report or an export: its text with the chain head, to standard output or to a new
/// file of mode 0600 through a temporary file and a rename, never onto the database, its
/// `-wal`/`-shm`/`-journal` files or its backups, and never over an existing file without `--force`.
enum ExportOutput {
    /// Writes `text` (with the chain head of `db`) where `option` says; a refusal exits 1.
    static func write(_ text: String, format: ExportFormat, to option: OutputOption, database: DatabaseOption,
                      db: AppDatabase) throws {
        let head: AuditChainHead
        do { head = try db.auditChainHead() } catch let error as StorageError { try fail(error.message) }
        let data = Data(ChainFooter.append(head, to: text, format: format).utf8)
        guard let path = option.output else { return FileHandle.standardOutput.write(data) }
        do {
            try ExportFile.write(data, to: path, force: option.force, protected: database.path())
        } catch {
            try fail(error.message)
        }
    }

    /// Where an export goes, as the audit log records it.
    static func destination(_ option: OutputOption) -> String { option.output ?? ExportText.standardOutput }
}

/// An export of residents' data: recorded in the audit log first (who, what, how many rows,
/// where to; never the data), then written like any export, marked when it comes from practice data.
enum PersonalExport {
    static func write(_ text: String, format: ExportFormat, what: String, rows: Int, by person: Person, db: AppDatabase,
                      output: OutputOption, database: DatabaseOption) throws {
        let marked = try PracticeData.mark(text, from: db)
        try output.refuseUnwritable(database)   // before anything is recorded; `ExportFile.write` checks again
        do {
            try db.noteExported(what, rows: rows, to: ExportOutput.destination(output), by: person.id, at: Date())
        } catch let error as StorageError {
            try fail(error.message)
        }
        try ExportOutput.write(marked, format: format, to: output, database: database, db: db)
    }
}
