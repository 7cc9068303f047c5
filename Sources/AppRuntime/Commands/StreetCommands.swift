import ArgumentParser
import Domain
import Foundation
import StreetStorage

/// `baishihui street …`: the street office's side (居账街管) on its PostgreSQL server.
struct StreetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "street",
        abstract: "街道（居账街管）：在街道的 PostgreSQL 服务器上建立街道、登记居委会、管理街道人员、审核超过限额的支出",
        subcommands: [StreetInitCommand.self, StreetAddCommitteeCommand.self, StreetAddUserCommand.self, StreetDeactivateCommand.self,
                      StreetActivateCommand.self, StreetReviewCommand.self, StreetRunCommand.self, StreetReportCommand.self,
                      StreetDemoCommand.self]
    )
}

/// `--server URL`: the street's server (a libpq-style URI; PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSFILE fill the rest).
struct ServerOption: ParsableArguments {
    @Option(help: "街道服务器：postgresql://用户@主机:端口/数据库（?host=/套接字目录、sslmode=require 可用；缺省部分取 PGHOST、PGPORT、PGUSER、PGDATABASE，密码取 PGPASSFILE/.pgpass）")
    var server: String?

    func address() throws -> ServerAddress {
        try streetCall { try ServerAddress.parse(server) }
    }
}

/// Runs `body`, printing a street refusal in Chinese and exiting 1.
func streetCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StreetError {
        printError(error.message)
        throw ExitCode(1)
    }
}

/// Opens a session to `address`, runs `body` with the street office's side, closes; blocking.
func withOffice<T: Sendable>(_ address: ServerAddress, seconds: Int = 60,
                             _ body: @escaping @Sendable (StreetOffice) async throws -> T) throws -> T {
    try streetCall {
        try StreetBlocking.run(seconds: seconds) {
            let session = try await StreetSession.open(address)
            do {
                let value = try await body(StreetOffice(session: session))
                await session.close()
                return value
            } catch {
                await session.close()
                throw StreetError.explain(error, address: address)
            }
        }
    }
}

extension ActorOption {
    /// The street person named by `--as`, once their PIN (from `--pin-fd` or the terminal) is right.
    func streetPerson(in office: StreetOffice) async throws -> StreetPerson {
        guard let name, !name.isEmpty else { throw StreetError(ActorText.missing) }
        let pin: String
        do {
            pin = try pinFD.map { try PinReader.read(fd: $0) } ?? PinReader.readFromTerminal(prompt: ActorText.prompt(name))
        } catch PinReader.Failure.noTerminal {
            throw StreetError(ActorText.noTerminal)
        } catch PinReader.Failure.unreadableFD(let fd) {
            throw StreetError(ActorText.unreadableFD(fd))
        }
        return try await office.login(name, pin: pin)
    }
}

/// `baishihui street init`: the street's schema and its first person (every street role).
struct StreetInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "在街道服务器上建立街道：表结构（带版本的命名步骤）和第一位人员（自治办、财务、领导）；须以可建角色的账号连接，由服务器管理员运行一次"
    )

    @OptionGroup var server: ServerOption
    @Option(help: "街道/镇名称") var street: String
    @Option(help: "第一位人员的姓名") var admin: String
    @Option(help: "第一位人员的 PIN（4–8 位数字）") var pin: String

    func run() throws {
        let address = try server.address()
        let limit = try streetCall { try FundsEffects.rules(on: ShanghaiCalendar.day(of: Date())).money.localLimit }
        let (street, admin, pin) = (street, admin, pin)
        try withOffice(address) { try await $0.initialise(street: street, admin: admin, pin: pin, localLimit: limit) }
        print("已在 \(address.uri) 建立街道 \(street)，第一位人员 \(admin)（自治办、财务、领导）")
    }
}

/// `baishihui street add-committee NAME`: registers a committee and prints its one-time code.
struct StreetAddCommitteeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-committee",
        abstract: "登记居委会（自治办）：为它建立自己的服务器账号，打印一次性登记码，交居委会书记运行 baishihui connect"
    )

    @Argument(help: "居委会名称") var committee: String
    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        let (address, actor, committee) = (try server.address(), actor, committee)
        let enrolment = try withOffice(address) { office in
            try await office.addCommittee(committee, by: try await actor.streetPerson(in: office))
        }
        print("已登记 \(enrolment.committee)。一次性登记码：\(enrolment.code)")
        print("请居委会书记运行：baishihui connect --server '\(address.serverURI)' --code \(enrolment.code) --as 书记姓名")
    }
}
