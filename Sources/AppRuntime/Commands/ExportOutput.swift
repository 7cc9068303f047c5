import ArgumentParser
import Domain
import DataFile
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
    /// Writes `text` (with the chain head of `db`) where `option` says; a refusal exits 1. Written
    /// to a file, it says so on standard output: the path and, for an export, its `rows` records.
    static func write(_ text: String, format: ExportFormat, rows: Int? = nil, to option: OutputOption, database: DatabaseOption,
                      db: AppDatabase) throws {
        let head: AuditChainHead
        do { head = try db.auditChainHead() } catch let error as StorageError { try fail(error.message) }
        let data = Data(ControlText.visible(ChainFooter.append(head, to: text, format: format), keepingLineBreaks: true).utf8)
        guard let path = option.output else { return FileHandle.standardOutput.write(data) }
        do {
            try ExportFile.write(data, to: path, force: option.force, protected: database.path())
        } catch {
            try fail(error.message)
        }
        print(ExportText.written(path, rows: rows))
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
        try ExportOutput.write(marked, format: format, rows: rows, to: output, database: database, db: db)
    }
}

/// Writing an export's bytes to a file safely: mode 0600 whatever the umask, through a temporary
/// file in the same folder and a rename (so a reader never sees half a file), refusing the
/// database and the files beside it, and refusing an existing file unless `force`.
enum ExportFile {
    /// Why a file was not written; `message` says so in Chinese.
    struct Refusal: Error, Equatable {
        var message: String
    }

    /// Writes `data` to `path`. `protected` is the database's path: it, its `-wal`, `-shm` and
    /// `-journal` files and everything in its `.backups` folder are never written, even with `force`.
    static func write(_ data: Data, to path: String, force: Bool, protected database: String) throws(Refusal) {
        if let refusal = refusal(path, force: force, protected: database) { throw refusal }
        let temp = try writeTemporary(data, beside: path)
        let placed = force ? rename(temp, path) : link(temp, path)
        let reason = errno
        unlink(temp)   // after link() the new name keeps the file; after rename() the temporary name is gone
        guard placed == 0 else {
            if reason == EEXIST { throw Refusal(message: ExportText.exists(path)) }
            throw Refusal(message: ExportText.cannotWrite(path, reason: String(cString: strerror(reason))))
        }
    }

    /// Why `path` may not be written (with `force` or not), or nil when it may.
    static func refusal(_ path: String, force: Bool, protected database: String) -> Refusal? {
        if isProtected(path, database: database) { return Refusal(message: ExportText.isDatabase(path)) }
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        if !force { return Refusal(message: ExportText.exists(path)) }
        let kind = info.st_mode & FileKind.mask
        return kind == FileKind.regular || kind == FileKind.symbolicLink ? nil : Refusal(message: ExportText.notRegular(path))
    }

    /// Whether `path` names the database at `database` or a file that belongs to it, by its
    /// name as given and as it resolves (symbolic links followed), and by the file itself (a hard link).
    static func isProtected(_ path: String, database: String) -> Bool {
        let target = canonical(path)
        let suffixes = ["", "-wal", "-shm", "-journal"]
        for base in Set([database, canonical(database)]) {
            if suffixes.contains(where: { target == base + $0 || path == base + $0 }) { return true }
            if target.hasPrefix(base + ".backups/") || path.hasPrefix(base + ".backups/") { return true }
        }
        var a = stat(), b = stat()
        return stat(path, &a) == 0 && stat(database, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// `path` absolute, with every symbolic link in it resolved (the folder's, when the file is not there yet).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        let whole = folder + "/" + url.lastPathComponent
        return URL(fileURLWithPath: whole).resolvingSymlinksInPath().path
    }

    /// A new file of mode 0600 beside `path` holding `data`, flushed to disk; its path.
    private static func writeTemporary(_ data: Data, beside path: String) throws(Refusal) -> String {
        let url = URL(fileURLWithPath: path)
        var template = Array((url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Refusal(message: ExportText.cannotWrite(path, reason: String(cString: strerror(errno)))) }
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(fd) }
        fchmod(fd, 0o600)
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        guard written, fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw Refusal(message: ExportText.cannotWrite(path, reason: reason))
        }
        return temp
    }
}

/// The kind of a file in `stat`'s `st_mode` (the `S_IF…` values of POSIX).
enum FileKind {
    static let mask: mode_t = 0o170000
    static let regular: mode_t = 0o100000
    static let symbolicLink: mode_t = 0o120000
}
