import Foundation
import GRDB

extension StorageError {
    /// The refusal that a file-level SQLite failure means to a person (disk full, read-only,
    /// busy, damaged, I/O), or nil for the errors the code handles itself, such as constraints.
    static func fileFailure(_ error: DatabaseError, path: String, busySeconds: Int) -> StorageError? {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_FULL: return StorageError(.diskFull, SafetyText.diskFull(path))
        case .SQLITE_READONLY, .SQLITE_PERM: return StorageError(.readOnly, SafetyText.readOnlyNow(path))
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StorageError(.busy, SafetyText.busy(seconds: busySeconds))
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StorageError(.damaged, SafetyText.damaged(path, detail))
        case .SQLITE_IOERR, .SQLITE_CANTOPEN: return StorageError(.cannotOpen, SafetyText.ioError(path, detail))
        default: return nil
        }
    }

    /// A Chinese sentence for any error that reached the edge of the program: a storage refusal
    /// as it is, a file-level SQLite failure explained, anything else described.
    public static func explain(_ error: any Error, path: String = "数据库") -> String {
        if let refusal = error as? StorageError { return refusal.message }
        if let sqlite = error as? DatabaseError,
           let refusal = fileFailure(sqlite, path: path, busySeconds: AppDatabase.busySeconds) {
            return refusal.message
        }
        return "操作失败：\(error)"
    }
}

extension AppDatabase {
    /// The database file's path, for messages.
    public var path: String { pool.path }

    /// Runs `body`, turning a file-level SQLite failure into the `StorageError` a person can read.
    func explainingFileFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StorageError.fileFailure(error, path: path, busySeconds: Self.busySeconds) ?? error
        }
    }
}
