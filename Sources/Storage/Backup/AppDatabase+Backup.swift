import Foundation
import GRDB

/// Backups of the committee's database: one on demand, and a rolling daily one beside the file.
extension AppDatabase {
    /// The folder of backups beside the database: `PATH.backups` (mode 0700).
    public var backupFolder: String { Self.backupFolder(for: path) }

    static func backupFolder(for path: String) -> String { path + ".backups" }

    /// Copies the whole database into the new file `file` (mode 0600) with SQLite's online backup,
    /// while other terminals may keep working; an existing file is never overwritten.
    /// `progress` hears (pages done, of how many) as the copy goes.
    public func backup(to file: String, progress: PageProgress? = nil) throws {
        try BackupFile.write(from: pool, to: file, progress: progress)
    }

    // MARK: - Daily

    /// Makes the day's backup `DAY.sqlite` in `backupFolder` unless it exists (then it costs one
    /// `stat`), and keeps only the newest `keep` daily backups; `keep` 0 turns them off.
    /// Returns the file made, or nil when there was nothing to do.
    @discardableResult
    public func keepDailyBackup(day: String, keep: Int, now: Date) throws -> String? {
        guard keep > 0 else { return nil }
        let file = backupFolder + "/" + day + ".sqlite"
        if FileManager.default.fileExists(atPath: file) { return nil }
        try FilePrivacy.createFolders(for: file)
        try BackupFile.write(from: pool, to: file)
        Self.prune(folder: backupFolder, keep: keep, now: now)
        return file
    }

    /// Removes all but the newest `keep` daily backups, and copies left half-written by a crash.
    static func prune(folder: String, keep: Int, now: Date) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let daily = names.filter(isDailyName).sorted(by: >)
        let stale = names.filter { $0.contains(".partial-") && isOld(folder + "/" + $0, now: now) }
        for name in Array(daily.dropFirst(keep)) + stale { BackupFile.remove(folder + "/" + name) }
    }

    /// True when `path` was last changed over ten minutes ago: a copy no running program is still writing.
    static func isOld(_ path: String, now: Date) -> Bool {
        let changed = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
        return now.timeIntervalSince(changed ?? .distantFuture) > 600
    }

    /// True for `YYYY-MM-DD.sqlite`, the names of daily backups (others, such as the copies kept
    /// by a restore, are never pruned).
    static func isDailyName(_ name: String) -> Bool {
        name.range(of: #"^\d{4}-\d{2}-\d{2}\.sqlite$"#, options: .regularExpression) != nil
    }
}
