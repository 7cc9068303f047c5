import ArgumentParser
import Foundation
import Storage

extension DatabaseOption {
    /// Opens the database that `--db` names (or the default), which must already exist; a
    /// missing file or a storage refusal is printed in Chinese and ends with exit code 1.
    func openExisting() throws -> AppDatabase {
        let path = path()
        guard FileManager.default.fileExists(atPath: path) else {
            printError("数据库不存在：\(path)（请先运行 baishihui init）")
            throw ExitCode(1)
        }
        do {
            let db = try AppDatabase.open(path: path)
            DailyBackup.keep(db)
            return db
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
