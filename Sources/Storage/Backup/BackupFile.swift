import Foundation
import GRDB

/// Pages done and of how many, as a long copy of a database goes (backup, restore).
public typealias PageProgress = (_ done: Int, _ total: Int) -> Void

/// The step long work is on, by name, with how far it is where it can count (total 0 when it cannot).
public typealias StepProgress = (_ step: String, _ done: Int, _ total: Int) -> Void

/// A backup file: a consistent copy of a database made with SQLite's online backup API (never a
/// file copy, which can catch a database halfway through a write), written under a temporary
/// name and renamed into place, so that a crash leaves either no file or a whole one. The copy
/// has mode 0600 and is a single file in rollback-journal mode, ready to carry away.
enum BackupFile {
    /// Copies `source` into the new file `path`; an existing file is never overwritten. With
    /// `progress`, pages are copied a step at a time and each step reports (done, total).
    static func write(from source: some DatabaseReader, to path: String, progress: PageProgress? = nil) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StorageError(.badBackup, SafetyText.backupExists(path))
        }
        let partial = path + ".partial-\(getpid())"
        defer { remove(partial) }
        try copy(from: source, toNew: partial, reportingAs: path, progress: progress)
        guard rename(partial, path) == 0 else {
            throw StorageError(.badBackup, SafetyText.cannotWriteBackup(path, String(cString: strerror(errno))))
        }
        FilePrivacy.syncFolder(of: path)
    }

    /// Copies `source` into a new file created with mode 0600 at `path`; `shown` names it in messages.
    static func copy(from source: some DatabaseReader, toNew path: String, reportingAs shown: String,
                     progress: PageProgress? = nil) throws {
        try createEmpty(path, reportingAs: shown)
        do {
            let queue = try DatabaseQueue(path: path)
            try pages(from: source, to: queue, progress: progress)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try queue.close()
        } catch let error as DatabaseError {
            throw StorageError.fileFailure(error, path: shown, busySeconds: AppDatabase.busySeconds)
                ?? StorageError(.badBackup, SafetyText.cannotWriteBackup(shown, error.message ?? "\(error)"))
        }
    }

    /// SQLite's online backup of `source` into `destination`: in one step, or with `progress` in
    /// steps of `pagesPerStep`, each reported.
    static func pages(from source: some DatabaseReader, to destination: some DatabaseWriter, progress: PageProgress?) throws {
        guard let progress else { return try source.backup(to: destination) }
        try source.backup(to: destination, pagesPerStep: pagesPerStep) { progress($0.completedPageCount, $0.totalPageCount) }
    }

    /// Pages copied between two progress reports (本程序取值: 4 MiB of 4 KiB pages).
    static let pagesPerStep: CInt = 1024

    /// An empty file with mode 0600 that did not exist before.
    static func createEmpty(_ path: String, reportingAs shown: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StorageError(.badBackup, SafetyText.cannotWriteBackup(shown, String(cString: strerror(errno))))
        }
        close(fd)
    }

    /// Removes `path` and the files SQLite may have left beside it.
    static func remove(_ path: String) {
        for suffix in FilePrivacy.companions + ["-journal"] { unlink(path + suffix) }
    }
}
