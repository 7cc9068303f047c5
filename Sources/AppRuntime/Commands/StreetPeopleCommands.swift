import ArgumentParser
import Demo
import Domain
import Storage
import Foundation
import StreetStorage

/// `baishihui street add-user NAME --role 自治办 --pin PIN`: a street staff login (自治办 only).
struct StreetAddUserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-user",
        abstract: "添加街道人员（自治办操作）：姓名、角色（自治办、财务、领导，可多个）和首次 PIN"
    )

    @Argument(help: "新人员的姓名") var name: String
    @Option(help: "角色：自治办、财务、领导；多个用 、 分隔或重复 --role") var role: [String]
    @Option(help: "新人员的首次 PIN（4–8 位数字），由本人登录后使用") var pin: String
    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        let roles = try streetCall { try Self.roles(role) }
        let (name, pin, actor) = (name, pin, actor)
        let added = try withOffice(try server.address()) { office in
            try await office.addPerson(name, roles: roles, pin: pin, by: try await actor.streetPerson(in: office))
        }
        let titles = StreetRole.allCases.filter(added.roles.contains).map(\.rawValue).joined(separator: "、")
        print("已添加街道人员 \(added.name)（\(titles)）")
    }

    /// The roles named in `texts` (each may hold several, separated by 、 or a comma).
    static func roles(_ texts: [String]) throws -> Set<StreetRole> {
        let words = texts.flatMap { $0.split(whereSeparator: { "、,，".contains($0) }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Set(try words.map { word in
            guard let role = StreetRole(rawValue: word) else { throw StreetError(StreetText.unknownRole(word)) }
            return role
        })
    }
}

/// `baishihui street deactivate NAME` / `activate NAME`: a login refused from now on, or allowed again.
struct StreetDeactivateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "deactivate", abstract: "停用街道人员（自治办操作）：此后不能登录；记录保留")

    @Argument(help: "人员姓名") var name: String
    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        try setActive(false, name: name, server: server, actor: actor)
        print("已停用街道人员 \(name)")
    }
}

struct StreetActivateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "activate", abstract: "重新启用已停用的街道人员（自治办操作）；连续输错的锁定一并解除")

    @Argument(help: "人员姓名") var name: String
    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        try setActive(true, name: name, server: server, actor: actor)
        print("已启用街道人员 \(name)")
    }
}

private func setActive(_ active: Bool, name: String, server: ServerOption, actor: ActorOption) throws {
    try withOffice(try server.address()) { office in
        try await office.setActive(name, active, by: try await actor.streetPerson(in: office))
    }
}

/// `baishihui street demo --folder DIR`: the demo street's committees, connected and synced (scripts/street-demo).
struct StreetDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "演示街道（自治办操作，仅用于演示服务器）：生成演示街道的各居委会数据库（虚构），登记、连接、同步数月的支出，街道审核其中较早的"
    )

    @Option(help: "居委会数据库所在的文件夹（每个居委会一个文件，连接凭据在旁）") var folder: String
    @Option(help: "几个月的支出（截至今天所在月）") var months: Int = 3
    @Option(help: "随机种子") var seed: UInt64 = 2017
    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        guard (1...24).contains(months) else { printError("月数须在 1–24 之间，现为 \(months)"); throw ExitCode(1) }
        let address = try server.address()
        let settings = DemoSettings(seed: seed, scale: .street, months: months, asOf: ShanghaiCalendar.day(of: Date()))
        let (folder, actor, started) = (folder, actor, Date())
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let report = try withOffice(address, seconds: 600) { office in
            do {
                return try await StreetDemo.run(office: office, person: try await actor.streetPerson(in: office), server: address,
                                                folder: folder, settings: settings)
            } catch let error as StorageError {
                throw StreetError("演示居委会未能生成：\(error.message)")
            }
        }
        print("演示街道：新建并连接 \(report.committees) 个居委会，支出申请 \(report.requests) 笔；街道审核通过 \(report.passed) 笔、"
              + "退回 \(report.returned) 笔，待审 \(report.waiting) 笔；用时 \(String(format: "%.1f", Date().timeIntervalSince(started))) 秒")
    }
}
