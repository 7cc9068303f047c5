import Domain

/// The command line's sentences about who is acting (`--as`, `--pin-fd`).
enum ActorText {
    static let missing = "此命令会写入数据库或导出居民信息，须用 --as 姓名 指明操作人，并输入其 PIN（从终端输入，或脚本用 --pin-fd N）；未做任何改动"
    static let unknown = "--as 所给的姓名不在人员名单中；未做任何改动"
    static let noTerminal = "没有可输入 PIN 的终端：请在终端中运行，或用 --pin-fd N 从文件描述符 N 读取 PIN；未做任何改动"
    static let needsPin = "此人尚未设置 PIN：请先在程序中登录并设置 PIN，再用命令操作；未做任何改动"
    static func unreadableFD(_ fd: Int32) -> String { "无法从文件描述符 \(fd) 读取 PIN（--pin-fd）；未做任何改动" }
    static func cannotCheckCurrent(_ path: String, reason: String) -> String {
        "现有数据库无法打开，不能核对操作人（\(reason)）；如确需用备份替换它，请先把它移到别处（mv \(path) \(path).damaged），再恢复；未恢复"
    }
    static func prompt(_ name: String) -> String { "请输入 \(name) 的 PIN（不回显）：" }
    static func refused(_ reason: String) -> String { "操作人身份未通过：\(reason)；未做任何改动" }
    static func lacksRole(_ roles: Set<Role>, act: String) -> String {
        "操作人没有所需的角色：\(act)须由\(roles.sorted().map(\.title).joined(separator: "或"))进行；未做任何改动"
    }
}

/// The command line's sentences about writing an export or a report to a file (`-o`, `--force`).
enum ExportText {
    static func exists(_ path: String) -> String { "文件已存在，未写入：\(path)（确需替换请加 --force）" }
    static func isDatabase(_ path: String) -> String {
        "不能写到数据库文件或其 -wal、-shm、-journal 文件、备份上：\(path)；未写入任何内容"
    }
    static func notRegular(_ path: String) -> String { "不是普通文件，未写入：\(path)" }
    static func cannotWrite(_ path: String, reason: String) -> String { "无法写入文件：\(path)（\(reason)）" }
    static let standardOutput = "标准输出"
    /// "已写入 out.csv：12 条记录", or "已写入 report.txt" for a report.
    static func written(_ path: String, rows: Int?) -> String { "已写入 \(path)" + (rows.map { "：\($0) 条记录" } ?? "") }
}
