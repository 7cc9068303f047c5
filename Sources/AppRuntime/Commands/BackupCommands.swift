import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui backup FILE`: a copy of the whole database made while it stays in use.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "备份数据库到 FILE：SQLite 在线备份（不是复制文件），其他窗口可照常使用；备份文件权限 0600，不覆盖已有文件"
    )

    @Argument(help: "备份文件（须尚不存在）") var file: String
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let db = try database.openExisting()
        do {
            try ProgressLine.during("备份") { line in
                try db.backup(to: file, progress: line.map { line in { line.update(done: $0, of: $1, unit: "页") } })
            }
        } catch {
            printError(StorageError.explain(error))
            throw ExitCode(1)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        print("已备份到 \(file)（\(size / 1024) KB，权限 0600）；恢复：baishihui restore \(file)")
    }
}

/// `baishihui restore FILE`: puts a backup in place of the database, after checking it.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "从备份恢复数据库：先检查备份（SQLite 完整性、是百事汇数据库、表结构与本版本建立的完全相同、台账与审计链核对、演示或练习库不能覆盖正式库），全部通过才替换；被替换的数据库另存在数据库旁的 .backups 文件夹"
    )

    @Argument(help: "备份文件") var file: String
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        try actor.verifiedToReplace(database)
        let path = database.path()
        let now = Date()
        var problems: [String] = []   // printed after the progress line is gone
        do {
            let outcome = try ProgressLine.during("恢复") { line in
                try AppDatabase.restore(from: file, to: path, at: now, stamp: Self.stamp(now),
                                        progress: line.map { line in { line.update($0, done: $1, of: $2, unit: "页") } }) { staged in
                    problems = try CheckCommand.problems(in: staged, today: ShanghaiCalendar.day(of: now))
                    return problems
                }
            }
            print("已从 \(file) 恢复数据库 \(path)：检查通过，审计日志 \(outcome.auditRows) 行链条完整"
                  + (outcome.keptAs.map { "；原数据库另存为 \($0)" } ?? ""))
        } catch {
            for problem in problems { printError(problem) }
            printError(StorageError.explain(error))
            printError("未恢复：现有数据库没有改动")
            throw ExitCode(1)
        }
    }

    /// `20261129-161503`: the Shanghai time of the restore, naming the copy of the replaced database.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }
}
