import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui init`: creates and migrates a database with its committee and first user, without the interface.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "新建数据库：居委会、所属街道/镇和第一位用户（书记）"
    )

    @Option(help: "居委会名称") var committee: String
    @Option(help: "所属街道/镇") var street: String
    @Option(help: "第一位用户（书记）的姓名") var admin: String
    @Option(help: "第一位用户的 PIN（4–8 位数字）") var pin: String
    @Option(help: "第一位用户的角色，以、分隔") var roles: String = "书记"
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let path = database.path()
        if FileManager.default.fileExists(atPath: path) {
            printError("数据库已存在，不会改动：\(path)")
            throw ExitCode(1)
        }
        guard case .success(let roleSet) = Role.parseList(roles) else {
            printError("角色无效：\(roles)（可用：社工、书记、主任、报账员、培训员）")
            throw ExitCode(1)
        }
        do {
            let db = try AppDatabase.open(path: path)
            let person = try db.initialize(committee: Committee(name: committee, streetOffice: street),
                                           adminName: admin, adminRoles: roleSet, pin: pin, at: Date())
            let fingerprint = try db.signingKeyFingerprint(at: Date())
            print("已建立数据库 \(path)：\(committee)（\(street)），第一位用户 \(person.name)（\(Role.describe(person.roles))）")
            print(KeyCommand.fingerprintLine(fingerprint))
        } catch let error as StorageError {
            try? FileManager.default.removeItem(atPath: path)
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
