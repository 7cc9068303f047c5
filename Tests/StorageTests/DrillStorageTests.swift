import Domain
import Foundation
import Testing
@testable import Storage

/// Every shipped scenario handled right passes its check, and handled wrong gets the difference
/// explained; drills start only on a sandbox.
@Suite struct DrillStorageTests {
    static let rules: RuleSet = try! RuleBook.bundled().inForce(on: LocalDate(iso: "2024-03-01")!)!
    static let calendar = try! WorkingDayCalendar.bundled()
    static let scenarios = try! ScenarioFile.bundled()

    /// A handling of a drill: what the trainee does in the tabs, as Storage calls.
    typealias Handling = @Sendable (DrillWorld) throws -> Void

    /// The correct handling and a mistaken one, with a word the mistaken check must explain.
    static let handlings: [String: (right: Handling, wrong: Handling, explains: String)] = [
        "reception-elderly-allowance": (
            { try $0.reception("李红", room: "12号301室", policy: "高龄津贴", outcome: .awaitingReply, due: "2024-03-06") },
            { try $0.reception("李红", room: "12号301室", policy: "高龄津贴", outcome: .awaitingReply, due: "2024-03-04") },
            "答复期限应为 接待日后 3 个工作日，实为 2024-03-04"),
        "reception-low-income-referral": (
            { try $0.reception("王建华", policy: "低保申请", outcome: .referred, department: "街道社区事务受理服务中心") },
            { try $0.reception("王建华", policy: "低保申请", outcome: .done) },
            "办理结果应为 转办，实为 当场办结"),
        "reception-residence-permit": (
            { try $0.reception("刘小燕", policy: "居住证办理", outcome: .done) },
            { try $0.reception("刘小燕", policy: "居住证积分申请", outcome: .done) },
            "政策事项应为 含“居住证办理”，实为 居住证积分申请"),
        "visits-elderly-alone": (
            { try $0.visit("5号202室", kind: .special, difficulty: "卫生间天花板漏水") },
            { try $0.visit("5号202室") },
            "走访类型应为 特殊对象走访，实为 一般走访；困难或诉求应为 有，实为 无"),
        "visits-new-household": (
            { w in
                _ = try w.db.addHousehold(Household(id: 0, room: "8号601室", tags: ["困难家庭"], head: "吴国强"), by: w.trainee.id, at: w.at)
                try w.visit("8号601室")
            },
            { try $0.visit("8号601室", addHousehold: true) },
            "标签应为 困难家庭，实为 （空）"),
        "visits-general": (
            { try $0.visit("3号101室") },
            { try $0.visit("3号102室", addHousehold: true) },
            "楼室号应为 3号101室，实为 3号102室"),
        "duty-sign-in": (
            { w in _ = try w.db.signDuty(person: w.trainee.id, now: w.at, rules: rules) },
            { w in _ = try w.db.signDuty(person: w.trainee.id, now: w.start.addingTimeInterval(20 * 60), rules: rules) },
            "签到应为 开始后 15 分钟内，实为 09:20，开始后 20 分钟"),
        "duty-evening-reception": (
            { w in
                _ = try w.db.signDuty(person: w.trainee.id, now: w.at, rules: rules)
                try w.reception("陈建国", policy: "养老服务补贴", outcome: .done)
            },
            { w in _ = try w.db.signDuty(person: w.trainee.id, now: w.at, rules: rules) },
            "未找到接待记录"),
        "funds-650-street": (
            { w in
                let r = try w.expense("650.00")
                try w.db.recordStreetReview(StreetReview(reviewer: "街道自治办", reference: "ZZB-1", date: w.day), for: r.id,
                                            by: w.trainee.id, at: w.at, rules: rules)
                try w.db.recordStreetApproval(StreetApproval(approver: "街道办事处", reference: "ZZB-P-1", date: w.day), for: r.id,
                                              by: w.trainee.id, at: w.at, rules: rules)
            },
            { w in _ = try w.expense("325.00"); _ = try w.expense("325.00") },
            "应为 1 笔，实为 2 笔"),
        "funds-480-local": (
            { w in let director = try w.addDirector(); try w.approveSeeded(); try w.approveSeeded(asDirector: director) },
            { w in _ = try w.addDirector(); try w.approveSeeded() },
            "同意的审批人数应为 2，实为 1；同意的审批人应为 书记和主任，实为 书记 "),
        "funds-820-review-first": (
            { w in
                let id = try w.seededExpense()
                try w.db.recordStreetReview(StreetReview(reviewer: "郑科长", reference: "ZZB-2026-031", date: w.day), for: id,
                                            by: w.trainee.id, at: w.at, rules: rules)
                try w.db.recordStreetApproval(StreetApproval(approver: "街道办事处", reference: "ZZB-P-2026-031", date: w.day), for: id,
                                              by: w.trainee.id, at: w.at, rules: rules)
            },
            { w in   // the street's review, then the 书记's approval in place of the street's 审批
                try w.db.recordStreetReview(StreetReview(reviewer: "郑科长", reference: "ZZB-2026-031", date: w.day), for: try w.seededExpense(),
                                            by: w.trainee.id, at: w.at, rules: rules)
                try w.approveSeeded()
            },
            "街道审批记录应为 有，实为 无"),
        "points-training": (
            { try $0.points("孙丽", .training, 2, evidence: "区业务培训签到表") },
            { try $0.points("孙丽", .training, 1, evidence: "区业务培训签到表") },
            "数量应为 2，实为 1"),
        "points-volunteering": (
            { try $0.points("李强", .volunteering, 3, evidence: "志愿服务记录") },
            { try $0.points("孙丽", .volunteering, 3, evidence: "志愿服务记录", addWorker: true) },
            "社工应为 李强，实为 孙丽"),
        "points-publicity": (
            { try $0.points("周洁", .publicity, 2, evidence: "公众号《垃圾分类我先行》") },
            { try $0.points("周洁", .campaign, 2, evidence: "公众号《垃圾分类我先行》") },
            "分项应为 氛围营造，实为 专项行动"),
    ]

    @Test func everyShippedScenarioHasAHandlingInThisTest() {
        #expect(Set(Self.scenarios.map(\.id)) == Set(Self.handlings.keys))
    }

    @Test(arguments: try! ScenarioFile.bundled().map(\.id))
    func rightHandlingPasses(_ id: String) throws {
        let world = try DrillWorld(scenario: id)
        try Self.handlings[id]!.right(world)
        let report = try world.check()
        #expect(report.passed, "\(id): \(report.differences.map(\.line))")
        #expect(report.findings.count == world.scenario.expectations.count)
    }

    @Test(arguments: try! ScenarioFile.bundled().map(\.id))
    func wrongHandlingIsExplained(_ id: String) throws {
        let world = try DrillWorld(scenario: id)
        try Self.handlings[id]!.wrong(world)
        let report = try world.check()
        #expect(!report.passed)
        let text = report.differences.map(\.line).joined(separator: "\n")
        #expect(text.contains(Self.handlings[id]!.explains), "\(id): \(text)")
        #expect(report.differences.allSatisfy { $0.line.contains("（\($0.clause)）") && !$0.clause.isEmpty })
    }

    // MARK: - Only on a sandbox

    @Test func startingADrillOnARealDatabaseIsRefusedAndWritesNothing() throws {
        let fixture = try DatabaseFixture()
        let db = fixture.database
        let scenario = Self.scenarios.first { $0.id == "visits-elderly-alone" }!
        let error = #expect(throws: StorageError.self) {
            try db.startDrill(scenario, trainee: fixture.admin.id, at: Fixture.start,
                              rules: Self.rules, calendar: Self.calendar)
        }
        #expect(error?.kind == .notPermitted)
        #expect(error?.message.contains("练习模式") == true)
        #expect(try db.households().isEmpty)
        #expect(try db.drillStatus(trainee: fixture.admin.id).isEmpty)
    }

    /// Issue 19: a committee's own file on which the demo generator once ran (a `demo.generate`
    /// audit row) takes no drill, started or checked; practice mode's mark on a demo file does.
    @Test func demoDataAloneLetsNoDrillStartOrBeChecked() throws {
        let fixture = try DatabaseFixture()
        let db = fixture.database
        _ = try db.addHousehold(Household(id: 0, room: "1号101室"), by: fixture.admin.id, at: Fixture.start)
        try db.audited(by: nil, at: Fixture.start) { _ in
            ((), [AuditEvent(action: "demo.generate", entity: "committee", entityID: nil, detail: [:])])
        }
        #expect(try db.isDemoData())
        let scenario = Self.scenarios.first { $0.id == "visits-elderly-alone" }!
        let started = #expect(throws: StorageError.self) {
            try db.startDrill(scenario, trainee: fixture.admin.id, at: Fixture.start, rules: Self.rules, calendar: Self.calendar)
        }
        #expect(started?.message == DrillGate.notSandbox && started?.message.contains("练习模式") == true)
        let checked = #expect(throws: StorageError.self) {
            try db.checkDrill(scenario, trainee: fixture.admin.id, at: Fixture.start, rules: Self.rules, calendar: Self.calendar)
        }
        #expect(checked?.message == DrillGate.notSandbox)
        #expect(try db.household(room: "5号202室") == nil && db.drillStatus(trainee: fixture.admin.id).isEmpty)
        try db.markPracticeSandbox(at: Fixture.start)   // what practice mode does to its own sandbox
        try db.startDrill(scenario, trainee: fixture.admin.id, at: Fixture.start, rules: Self.rules, calendar: Self.calendar)
        #expect(try db.household(room: "5号202室")?.tags == ["独居老人"])
    }

    @Test func practiceModesMarkNeedsDemoData() throws {
        let fixture = try DatabaseFixture()
        let error = #expect(throws: StorageError.self) { try fixture.database.markPracticeSandbox(at: Fixture.start) }
        #expect(error?.kind == .notPermitted)
        #expect(try !fixture.database.isSandbox())
    }

    @Test func aDatabaseWithRecordsCannotBeMarkedASandbox() throws {
        let fixture = try DatabaseFixture()
        _ = try fixture.database.addHousehold(Household(id: 0, room: "1号101室"), by: fixture.admin.id, at: Fixture.start)
        let error = #expect(throws: StorageError.self) { try fixture.database.markSandbox(by: nil, at: Fixture.start) }
        #expect(error?.message == DrillGate.hasRecords)
        #expect(try !fixture.database.isSandbox())
    }

    @Test func checkingADrillNeverStartedIsRefused() throws {
        let world = try DrillWorld(scenario: "visits-general", start: false)
        #expect(throws: StorageError.self) { try world.check() }
    }

    @Test func theStatusFollowsTheLastCheck() throws {
        let world = try DrillWorld(scenario: "visits-general")
        _ = try world.check()
        #expect(try world.db.drillStatus(trainee: world.trainee.id)["visits-general"] == .some(false))
        try world.visit("3号101室")
        _ = try world.check()
        #expect(try world.db.drillStatus(trainee: world.trainee.id)["visits-general"] == .some(true))
    }
}

/// A sandbox with one drill started at 2024-03-01 09:00 by the secretary, and the trainee's moves.
final class DrillWorld {
    let fixture: DatabaseFixture
    let scenario: Scenario
    let start = Fixture.start
    /// When the trainee acts: five minutes after the start.
    let at = Fixture.minutes(5)
    var db: AppDatabase { fixture.database }
    var trainee: Person { fixture.admin }
    var day: LocalDate { ShanghaiCalendar.day(of: at) }

    init(scenario id: String, start: Bool = true) throws {
        fixture = try DatabaseFixture()
        scenario = DrillStorageTests.scenarios.first { $0.id == id }!
        try fixture.database.markSandbox(by: fixture.admin.id, at: Fixture.start)
        if start {
            try fixture.database.startDrill(scenario, trainee: fixture.admin.id, at: Fixture.start,
                                            rules: DrillStorageTests.rules, calendar: DrillStorageTests.calendar)
        }
    }

    func check() throws -> DrillReport {
        try db.checkDrill(scenario, trainee: trainee.id, at: Fixture.minutes(30), rules: DrillStorageTests.rules,
                          calendar: DrillStorageTests.calendar)
    }

    func reception(_ resident: String, room: String = "", policy: String, outcome: ReceptionOutcome, department: String = "",
                   due: String? = nil) throws {
        let draft = ReceptionDraft(at: at, residentName: resident, room: room, category: "政策咨询", policyTitle: policy,
                                   question: "咨询", outcome: outcome, department: department, replyDue: due.flatMap(LocalDate.init(iso:)))
        _ = try db.addReception(draft, by: trainee.id, at: at)
    }

    func visit(_ room: String, kind: VisitKind = .general, difficulty: String = "", addHousehold: Bool = false) throws {
        let draft = VisitDraft(at: at, residentName: "住户", room: room, reason: "日常走访", difficulty: difficulty, kind: kind)
        _ = try db.addVisit(draft, by: trainee.id, at: at, addHousehold: addHousehold)
    }

    func expense(_ yuan: String) throws -> ExpenseRecord {
        guard case .success(let fen) = Money.parse(yuan) else { throw StorageError(.invalidInput, yuan) }
        let request = ExpenseRequest(fund: .party, category: .massActivity, project: "重阳节敬老活动", amount: fen,
                                     payee: "超市", purpose: "慰问品", payment: .bankTransfer, date: day,
                                     payeeKind: .organisation)
        return try db.requestExpense(request, by: trainee.id, at: at, rules: DrillStorageTests.rules)
    }

    func seededExpense() throws -> Int64 {
        try db.fundsBook(year: 2024, rules: DrillStorageTests.rules).records.first { $0.requester.id != trainee.id }!.id
    }

    func approveSeeded() throws {
        try db.decideExpense(try seededExpense(), approve: true, as: .secretary, reason: "", on: day, by: trainee.id, at: at,
                             rules: DrillStorageTests.rules)
    }

    /// The committee's 主任 (as in the demo data the scenario names): without one, the 书记 alone
    /// cannot approve locally and a small expense goes to the street (本程序的做法).
    func addDirector() throws -> Person {
        try db.addPerson(name: "李建国", roles: [.director], zone: nil, pin: nil, by: trainee.id, at: at)
    }

    /// The director approves the seeded expense too (书记和主任共同审批).
    func approveSeeded(asDirector director: Person) throws {
        try db.decideExpense(try seededExpense(), approve: true, as: .director, reason: "", on: day, by: director.id, at: at,
                             rules: DrillStorageTests.rules)
    }

    func points(_ name: String, _ item: PointsItem, _ count: Int, evidence: String, addWorker: Bool = false) throws {
        if addWorker, try db.people(includeInactive: false).first(where: { $0.name == name }) == nil {
            _ = try db.addWorker(name, by: trainee)
        }
        let worker = try db.people(includeInactive: false).first { $0.name == name }!
        try db.addPointsLine(PointsLine(item, .count(count), evidence: evidence), worker: worker.id,
                             month: ShanghaiCalendar.month(of: at), by: trainee.id, at: at, rules: DrillStorageTests.rules)
    }
}
