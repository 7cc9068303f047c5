import Foundation

/// The Chinese sentences about the database file itself: its permissions, a full or read-only
/// disk, a busy or damaged file, backups and restores, the audit checks. Shared by every feature, kept together.
enum SafetyText {
    // MARK: - Permissions

    /// The database (or a companion file) can be read by others; names the files and the fix.
    static func unsafePermissions(_ files: [(path: String, mode: Int)]) -> String {
        let list = files.map { "\($0.path)（权限 \(octal($0.mode))）" }.joined(separator: "、")
        return "拒绝打开：\(list) 同组或其他用户可以读取，其中有居民的个人信息。"
            + "请先运行：chmod 600 \(files.map { shellQuoted($0.path) }.joined(separator: " "))"
    }

    static func octal(_ mode: Int) -> String { "0" + String(mode & 0o777, radix: 8) }

    /// `path` as one shell word: as it is when it has only safe characters, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let safe = CharacterSet(charactersIn: "/._-+:=,@%").union(.alphanumerics)
        if !path.isEmpty, path.unicodeScalars.allSatisfy(safe.contains) { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: - Writing

    static func readOnlyFile(_ path: String) -> String {
        "数据库文件不能写入：\(path)（文件只读，或所在磁盘只读）。为免录入后无法保存，百事汇不打开它。"
            + "请检查：ls -l \(shellQuoted(path))；文件属于本用户时运行 chmod 600 \(shellQuoted(path))"
    }

    static func readOnlyFolder(_ folder: String) -> String {
        "数据库所在文件夹不能写入：\(folder)（SQLite 需要在旁边建立 -wal 文件）。请检查该文件夹的权限，或磁盘是否只读"
    }

    static func readOnlyNow(_ path: String) -> String {
        "无法保存：数据库文件已变为只读，本次未保存（之前保存的记录都在）；请检查文件权限或磁盘后再保存："
            + "chmod 600 \(shellQuoted(path))"
    }

    static func diskFull(_ path: String) -> String {
        "无法保存：磁盘已满，本次未保存（之前保存的记录都在）；请清理磁盘空间后再保存（数据库：\(path)）"
    }

    static func waiting(seconds: Int) -> String {
        "数据库正被另一个窗口占用（正在导入或保存），正在等待，最多 \(seconds) 秒……"
    }

    static func busy(seconds: Int) -> String {
        "数据库正被另一个窗口占用（正在导入或保存），等了 \(seconds) 秒仍未轮到：本次未保存（之前保存的记录都在），请稍后再试"
    }

    static func damaged(_ path: String, _ detail: String) -> String {
        "数据库文件已损坏或不是百事汇数据库：\(path)（\(detail)）。请用 baishihui restore 从备份恢复"
    }

    static func ioError(_ path: String, _ detail: String) -> String {
        "读写数据库文件出错，本次未保存（之前保存的记录都在）；请检查磁盘后再试（\(path)：\(detail)）"
    }

    // MARK: - Backup and restore

    static let restoreStaging = "复制备份"
    static let restoreChecking = "检查备份"
    static let restoreKeeping = "另存现有数据库"
    static let restoreReplacing = "写入恢复的数据"
    static func backupExists(_ path: String) -> String { "备份文件已存在，不会覆盖：\(path)" }

    static func cannotWriteBackup(_ path: String, _ reason: String) -> String { "无法写入备份文件 \(path)：\(reason)" }

    static func backupMissing(_ path: String) -> String { "找不到备份文件：\(path)" }

    static func notADatabase(_ path: String, _ detail: String) -> String {
        "\(path) 不是可用的数据库文件（\(detail)），未恢复，现有数据库没有改动"
    }

    static func integrityFailed(_ path: String, _ problems: [String]) -> String {
        "\(path) 未通过 SQLite 完整性检查（\(problems.prefix(3).joined(separator: "；"))），未恢复，现有数据库没有改动"
    }

    static func notBaishihui(_ path: String) -> String {
        "\(path) 不是百事汇数据库（没有迁移记录或居委会信息），未恢复，现有数据库没有改动"
    }

    static func newerVersion(_ path: String, _ unknown: [String]) -> String {
        "\(path) 由更新版本的百事汇建立（本版本不认识的迁移：\(unknown.joined(separator: "、"))），未恢复，请先升级百事汇"
    }

    static func checkFailed(_ path: String, _ count: Int) -> String {
        "\(path) 核对未通过（共 \(count) 处问题，见上），未恢复，现有数据库没有改动"
    }

    static func schemaMissing(kind: String, name: String) -> String { "缺少\(kind) \(name)" }

    static func schemaChanged(kind: String, name: String) -> String { "\(kind) \(name) 的定义与本版本不同" }

    static func schemaExtra(kind: String, name: String) -> String { "多出本版本没有的\(kind) \(name)" }

    static func schemaDiffers(_ path: String, _ differences: [String]) -> String {
        let shown = differences.prefix(5).joined(separator: "；") + (differences.count > 5 ? "；等共 \(differences.count) 处" : "")
        return "\(path) 的数据库结构与本版本百事汇建立的不同（\(shown)），可能被人改过（如删去了只许追加的触发器），未恢复，现有数据库没有改动"
    }

    static func notThisSchema(_ path: String) -> String {
        "\(path) 的表结构不是百事汇的（按本版本迁移时出错），未恢复，现有数据库没有改动"
    }

    static func trainingOverReal(_ path: String) -> String {
        "\(path) 是演示或练习数据库，不能恢复到正式数据库上（正式数据库里有真实记录），未恢复，现有数据库没有改动"
    }

    /// A Chinese reason for an SQLite failure to read a file given to `restore`, never SQLite's English.
    static func sqliteReason(_ code: Int32) -> String {
        switch code & 0xff {
        case 26: return "文件头不是 SQLite 数据库"
        case 11: return "文件已损坏"
        case 14: return "无法打开文件"
        case 23, 3: return "没有读取权限"
        case 5, 6: return "文件正被其他程序占用"
        case 1: return "表结构不是百事汇的"
        default: return "SQLite 错误码 \(code)"
        }
    }

    // MARK: - The audit log against the rows

    /// A table as a 书记 reads it: what it holds, with its name for whoever opens the file.
    static func tableName(_ table: String) -> String {
        let titles = ["expense": "经费支出", "ledger_entry": "台账分录", "points_amendment": "积分卡更正"]
        return "\(titles[table] ?? table)（\(table) 表）"
    }

    static func auditedRowMissing(table: String, id: Int64, newest: Int64?) -> String {
        "审计日志记有\(tableName(table))第 \(id) 行，表中却没有（表中最新为第 \(newest.map(String.init) ?? "0") 行）：记录被删除"
    }

    static func rowWithoutAudit(table: String, id: Int64, audited: Int64?) -> String {
        "\(tableName(table))第 \(id) 行没有审计记录（审计日志记到第 \(audited.map(String.init) ?? "0") 行）：记录绕过程序写入，或审计日志末尾被删除"
    }

    static func rowCountDiffers(table: String, rows: Int, audited: Int) -> String {
        "\(tableName(table))有 \(rows) 行，审计日志记有 \(audited) 行：" + (rows < audited ? "有记录被删除" : "有记录绕过程序写入")
    }

    static func signedCardDiffers(worker: Int64, month: String?, audit: Int64, missing: Bool) -> String {
        let card = "社工 #\(worker) \(month ?? "?") 的已签名积分卡"
        return missing ? "\(card)不见了（审计日志第 \(audit) 行记有签名）：记录被删除"
            : "\(card)所存内容与签名时的审计记录（第 \(audit) 行）不同：签名后被改动"
    }

    static func signaturesWithoutAudit(stored: Int, audited: Int) -> String {
        "已签名积分卡 \(stored) 张，审计日志只记有 \(audited) 次签名：有签名绕过程序写入，或审计日志被删减"
    }

    static func amendmentDiffers(id: Int64?, audit: Int64) -> String {
        "积分卡更正第 \(id.map(String.init) ?? "?") 条与审计日志第 \(audit) 行记录的内容不同或已不存在：更正被改动或删除"
    }

    // MARK: - The chain head from a report

    static func badHeadToken(_ token: String) -> String {
        "--since 应写成报表末行的“行数:哈希”（如 1234:9f3a…，哈希 64 位十六进制），不能是“\(token.prefix(80))”"
    }

    static func headRowMissing(count: Int, rows: Int) -> String {
        "审计日志只有 \(rows) 行，报表上的审计链头是第 \(count) 行：报表之后审计日志被删减"
    }

    static func headHashDiffers(count: Int) -> String {
        "审计日志第 \(count) 行的哈希与报表上的不同：此行或之前的记录被改写过（链条被人重算）"
    }

    static func headChainBroken(at id: Int64, count: Int) -> String {
        "审计日志第 \(id) 行与链条不符，在报表上的审计链头（第 \(count) 行）之前：之前的记录被改动"
    }

    static func integrityProblem(_ line: String) -> String { "SQLite 完整性检查：\(line)" }

    static func foreignKeyProblem(table: String, rowID: Int64?, parent: String) -> String {
        "外键检查：\(table) 第 \(rowID.map(String.init) ?? "?") 行指向 \(parent) 中不存在的记录"
    }
}
