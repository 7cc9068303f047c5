import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui check`: verifies the books and the audit chain; prints each problem and exits
/// non-zero when there is one.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "核对数据库：SQLite 完整性与外键、余额按分录重算、已支付支出的审批路线（先行支出逾期未补书面申请的也列出）、审计日志链、审计日志与支出/台账/积分卡签名和更正是否一致；--since 行数:哈希 核对报表上的审计链头；有问题时列出并以非零状态退出"
    )

    @Option(help: "报表或导出末行的审计链头（行数:哈希）：核对这一行仍在、哈希相同，即此前的记录都未被改动或删除")
    var since: String?
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let head = try since.map(Self.head)
        let db = try database.openExisting()
        do {
            let today = ShanghaiCalendar.day(of: Date())
            let problems = try ProgressLine.during("核对数据库") { _ in
                try Self.problems(in: db, today: today) + (head.map { try db.verifyAuditHead($0, walkChain: false) } ?? [])
            }
            guard problems.isEmpty else {
                for problem in problems { printError(problem) }
                printError("核对发现 \(problems.count) 处问题")
                throw ExitCode(1)
            }
            let chain = try ProgressLine.during("核对审计日志") { _ in try db.verifyAuditChain() }
            print("核对通过：SQLite 完整性与外键无误，台账余额与分录一致，已支付支出的审批路线完整（先行支出均在补交期限内或已补交），审计日志 \(chain.count) 行链条完整，与所记的支出、台账、积分卡签名和更正一致"
                  + (head.map { "；报表上的审计链头（第 \($0.count) 行）仍在，此前的记录未被改动或删除" } ?? ""))
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}

extension CheckCommand {
    /// The head `--since` names, or a refusal saying how to write it.
    static func head(_ token: String) throws -> AuditChainHead {
        guard let head = AuditChainHead(token: token) else {
            printError(AuditChainHead.badTokenMessage(token))
            throw ExitCode(1)
        }
        return head
    }
}
