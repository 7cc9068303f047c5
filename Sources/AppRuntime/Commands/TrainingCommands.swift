import ArgumentParser
import DataFile
import Domain
import Foundation
import Storage

/// `baishihui drill list|start NAME|check NAME|sandbox`: drills from the command line.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill", abstract: "演练：list 列出场景，start 开始（仅练习库），check 检查，sandbox 把新建的数据库标为练习库",
        subcommands: [DrillListCommand.self, DrillStartCommand.self, DrillCheckCommand.self, DrillSandboxCommand.self])
}

struct DrillListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出程序自带的演练场景")
    func run() throws {
        for s in try ImportSupport.reporting("") { try TrainingData.scenarios() } {
            print("\(s.id)\t\(s.tab.title)\t\(s.title)")
        }
    }
}

struct DrillStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "开始一个演练：写入起始数据（只在练习库中允许）")
    @Argument(help: "场景名（见 drill list）") var name: String
    @OptionGroup var trainee: ActorOption
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let drill = try DrillContext(name: name, trainee: trainee, database: database)
        _ = try ImportSupport.reporting("") {
            try drill.db.startDrill(drill.scenario, trainee: drill.person.id, at: drill.now,
                                    rules: drill.rules, calendar: drill.calendar)
        }
        print("已开始演练“\(drill.scenario.title)”（\(drill.scenario.tab.title)），学员 \(drill.person.name)\n\(drill.scenario.situation)")
    }
}

struct DrillCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "检查演练：逐条说明与应有结果的差别；未通过时退出码为 1")
    @Argument(help: "场景名（见 drill list）") var name: String
    @OptionGroup var trainee: ActorOption
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let drill = try DrillContext(name: name, trainee: trainee, database: database)
        let report = try ImportSupport.reporting("") {
            try drill.db.checkDrill(drill.scenario, trainee: drill.person.id, at: drill.now, rules: drill.rules, calendar: drill.calendar)
        }
        for finding in report.findings { print(finding.line) }
        print(report.summary)
        if !report.passed { throw ExitCode(1) }
    }
}

/// What `drill start` and `drill check` both need: a database drills may use (`drillRefusal`: one
/// with the sandbox mark, as practice mode's sandbox), the trainee (named with `--as`, their PIN
/// checked), the scenario, the clock, rules and calendar.
struct DrillContext {
    let db: AppDatabase
    let person: Person
    let scenario: Scenario
    let now = Date()
    let rules: RuleSet
    let calendar: WorkingDayCalendar

    init(name: String, trainee: ActorOption, database: DatabaseOption) throws {
        let db = try database.openExisting()
        if let refusal = try ImportSupport.reporting("", { try db.drillRefusal() }) { try fail(refusal) }
        self.db = db
        scenario = try ImportSupport.reporting("") { try TrainingData.scenario(name) }
        person = try trainee.verified(in: db, roles: nil, act: "演练")
        (rules, calendar) = try ImportSupport.reporting("") {
            (try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: Date())), try ProgramCalendar.current())
        }
    }
}

struct DrillSandboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sandbox", abstract: "把尚无业务记录的数据库标为练习库（有记录的数据库会被拒绝）")
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        let (db, person) = try ImportSupport.open(database, as: actor, act: "把数据库标为练习库")
        try ImportSupport.reporting("") { try db.markSandbox(by: person.id, at: Date()) }
        print("已标为练习库：可以在此数据库上开始演练")
    }
}
