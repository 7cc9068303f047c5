import Foundation

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
