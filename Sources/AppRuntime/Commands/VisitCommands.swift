import ArgumentParser
import DataFile
import Domain
import Foundation
import Storage

/// `baishihui import households FILE.csv`: the households registry from a CSV.
struct HouseholdImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: "导入住户：CSV 表头为 楼室号,户主姓名,家庭成员情况,联系电话,标签,片区（标签以、分隔）"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let text = try ImportSupport.read(file, encoding: encoding.encoding)
        let rows = try ImportSupport.rows(HouseholdImport.parse(text, rules: RuleBook.bundled().rules(for: ShanghaiCalendar.month(of: Date()))), file: file)
        let (db, person) = try ImportSupport.open(database, as: actor, act: "导入住户")
        let added = try ImportSupport.writing(file, rows: rows.count) {
            try db.importHouseholds(rows, by: person.id, at: Date(), dryRun: dryRun)
        }
        print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added.count) 户住户")
    }
}

/// `baishihui import visits FILE.csv [--dry-run] [--add-households]`: visit records from a CSV.
struct VisitImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visits",
        abstract: "导入走访记录：CSV 表头为 走访时间,走访人,走访居民姓名,楼室号,家庭成员情况,走访事由,困难或诉求,备注,走访类型"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false
    @Flag(help: "登记簿中没有的楼室号同时登记为新住户（否则为错误）") var addHouseholds = false

    func run() throws {
        let now = Date()
        let rows = try ImportSupport.rows(VisitImport.parse(try ImportSupport.read(file, encoding: encoding.encoding), now: now), file: file)
        let (db, person) = try ImportSupport.open(database, as: actor, act: "导入走访记录")
        let added = try ImportSupport.writing(file, rows: rows.count) {
            try db.importVisits(rows, by: person.id, at: now, dryRun: dryRun, addHouseholds: addHouseholds)
        }
        print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added.count) 条走访记录")
    }
}

/// The steps every import shares: read the file, report its problems by line, open the database.
enum ImportSupport {
    static func read(_ file: String, encoding: CSVEncoding = .utf8) throws -> String { try ImportFile.read(file, encoding: encoding) }

    static func rows<Row>(_ result: Result<[Row], StaffImportFailure>, file: String) throws -> [Row] {
        switch result {
        case .success(let rows): return rows
        case .failure(let failure): throw report(failure, file: file)
        }
    }

    /// The database and the person acting (`--as`, their PIN checked), who must hold one of
    /// `roles` (any role when nil) for `act`; the import is recorded in their name.
    static func open(_ option: DatabaseOption, as actor: ActorOption, roles: Set<Role>? = [.secretary],
                     act: String) throws -> (AppDatabase, Person) {
        let db = try option.openExisting()
        return (db, try actor.verified(in: db, roles: roles, act: act))
    }

    /// The database and the person acting, who must hold `permission`.
    static func open(_ option: DatabaseOption, as actor: ActorOption, may permission: Permission) throws -> (AppDatabase, Person) {
        try open(option, as: actor, roles: permission.roles, act: permission.act)
    }

    /// The value of `body`, its failures printed in Chinese with exit status 1.
    static func reporting<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as StaffImportFailure {
            throw report(failure, file: file)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }

    /// `reporting`, with a progress line on a terminal while the `rows` are written.
    static func writing<T>(_ file: String, rows: Int, _ body: () throws -> T) throws -> T {
        try reporting(file) { try ProgressLine.during("导入 \(file)：写入 \(rows.formatted()) 行") { _ in try body() } }
    }

    static func report(_ failure: StaffImportFailure, file: String) -> ExitCode {
        for problem in failure.problems { printError("\(file) 第 \(problem.line) 行：\(problem.message)") }
        printError("共 \(failure.problems.count) 处错误，未写入任何数据")
        return ExitCode(1)
    }
}
