import Domain
import Foundation
import Storage

extension CheckCommand {
    /// Every problem `check` reports, in Chinese: SQLite's integrity and foreign keys, then the
    /// books (ledger balances, approval routes, the audit chain), then the audit log against the
    /// rows it describes (rows deleted or added around it, signed cards changed). `restore` runs
    /// the same on a backup.
    static func problems(in db: AppDatabase, today: LocalDate) throws -> [String] {
        try db.integrityProblems() + db.verifyFunds(rules: try FundsEffects.rules(on: today), today: today)
            + db.auditCoverageProblems()
    }
}

/// The rolling daily backup beside the database, made on the first start of a day.
enum DailyBackup {
    /// Makes today's backup unless it exists (one `stat` then) and keeps the newest
    /// `backup_days` of them (config.toml, 7 by default); a failure is a warning, never a stop.
    static func keep(_ db: AppDatabase, now: Date = Date(), paths: Paths = Paths()) {
        let keep = (try? Config.load(path: paths.configFile))?.backupDays ?? Config.defaultBackupDays
        do {
            try db.keepDailyBackup(day: ShanghaiCalendar.day(of: now).iso, keep: keep, now: now)
        } catch {
            printError("警告：今天的自动备份没有做成（\(StorageError.explain(error))）；数据库照常使用")
        }
    }
}
