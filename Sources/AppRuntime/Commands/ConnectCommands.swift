import ArgumentParser
import Domain
import Foundation
import Storage
import StreetStorage

/// `baishihui connect`: ties the committee's database to its street with the one-time code.
struct ConnectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "把本居委会的数据库连接到街道（书记）：用街道给的一次性登记码，换得本居委会自己的服务器账号，存于数据库旁（权限 0600）"
    )

    @OptionGroup var server: ServerOption
    @Option(help: "街道打印的一次性登记码") var code: String
    @OptionGroup var actor: ActorOption
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let db = try database.openExisting()
        let path = database.path()
        if FileManager.default.fileExists(atPath: CredentialFile.path(forDatabase: path)) {
            printError(StreetSyncText.alreadyConnected(CredentialFile.path(forDatabase: path)))
            throw ExitCode(1)
        }
        let person = try actor.verified(in: db, roles: [.secretary], act: "连接街道")
        let (address, code) = (try server.address(), code)
        let credential = try streetCall {
            try StreetBlocking.run { try await CommitteeLink.enrol(at: address, code: code, connectedBy: person.id) }
        }
        try streetCall { try CredentialFile.write(credential, forDatabase: path) }
        print("已连接街道：\(credential.committee)（服务器账号 \(credential.role)，凭据存于 \(CredentialFile.path(forDatabase: path))，权限 0600）")
        print("上报与接收街道的决定：baishihui sync")
    }
}

/// `baishihui sync`: sends what the street must see and records what it decided.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "与街道同步：按顺序上报支出、审批、支付、冲销和审计链末行，接收街道的审核决定并登记"
    )

    @OptionGroup var database: DatabaseOption

    func run() throws {
        let db = try database.openExisting()
        guard let credential = try streetCall({ try CredentialFile.read(forDatabase: database.path()) }) else {
            printError(StreetSyncText.notConnected)
            throw ExitCode(1)
        }
        let now = Date()
        let report = try streetCall { try StreetBlocking.run(seconds: StreetSync.watchdogSeconds + 30) { try await StreetSync.run(db: db, credential: credential, now: now) } }
        for outcome in report.outcomes { print(outcome) }
        print(StreetSyncText.synced(report, at: now))
    }
}
