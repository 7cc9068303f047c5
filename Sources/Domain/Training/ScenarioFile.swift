import DataFile
import Foundation
import TOMLKit

/// Reads drill scenarios from TOML: the bundled ones (`Resources/scenarios/*.toml`, one file a
/// scenario, named by its id) or a trainer's own file. A file is taken whole or refused with
/// the file, the table and a Chinese reason.
///
/// Keys: `title`, `tab` (reception, visits, duty, funds, points), `situation`; `[[person]]`,
/// `[[household]]`, `[[budget]]`, `[[shift]]`, `[[expense]]` for the starting data; `[[expect]]`
/// for what a correct handling leaves (see `Expectation`), each with its `clause`; an expense
/// expectation may name `approver_roles` (each approved by a different person) and
/// `review_recorded_by` (the roles one of which entered the street's review); `street_approval` asks
/// for the street's 审批 after its 审核 too.
public enum ScenarioFile {
    /// Every scenario shipped with the program, in file-name order.
    public static func bundled() throws(DataFileError) -> [Scenario] {
        var scenarios: [Scenario] = []
        for (name, text) in try TrainingResources.files(in: "scenarios") {
            scenarios.append(try parse(text, id: name, file: "scenarios/\(name).toml"))
        }
        return scenarios
    }

    /// The scenario written in `text`.
    public static func parse(_ text: String, id: String, file: String) throws(DataFileError) -> Scenario {
        let source = try TOMLSource(text, file: file)
        let top = TrainingTable(file: file, place: "场景", table: source.root)
        let tab = try top.choice("tab", ScenarioTab.allCases, raw: \.rawValue, title: \.title)
        guard let tab else { throw top.problem("缺少 tab（reception、visits、duty、funds、points 之一）") }
        let expectations = try TrainingTable.tables("expect", of: source.root, file: file).map { (t) throws(DataFileError) in try expectation(t) }
        guard !expectations.isEmpty else { throw top.problem("至少要有一条 [[expect]]") }
        return Scenario(id: id, title: try top.string("title"), tab: tab, situation: try top.string("situation"),
                        setup: try setup(source.root, file: file), expectations: expectations)
    }

    // MARK: - Starting data

    static func setup(_ root: TOMLTable, file: String) throws(DataFileError) -> ScenarioSetup {
        var setup = ScenarioSetup()
        for t in try TrainingTable.tables("person", of: root, file: file) {
            let roles = try Self.roles(t, "roles")
            setup.people.append(.init(name: try t.string("name"), roles: roles.isEmpty ? [.worker] : roles))
        }
        for t in try TrainingTable.tables("household", of: root, file: file) {
            setup.households.append(Household(id: 0, room: try t.string("room"), tags: try t.strings("tags"),
                                              head: t.optionalString("head") ?? "", members: t.optionalString("members") ?? "",
                                              phone: t.optionalString("phone") ?? "", zone: t.optionalString("zone")))
        }
        for t in try TrainingTable.tables("budget", of: root, file: file) {
            guard let fund = try t.choice("fund", FundKind.allCases, raw: \.rawValue, title: \.title),
                  let amount = try t.money("amount") else { throw t.problem("须写 fund 和 amount") }
            setup.budgets[fund] = amount
        }
        for t in try TrainingTable.tables("shift", of: root, file: file) {
            setup.shifts.append(.init(startOffsetMinutes: try t.int("start_offset_minutes") ?? 0,
                                      lengthMinutes: try t.int("length_minutes") ?? 120))
        }
        for t in try TrainingTable.tables("expense", of: root, file: file) { setup.expenses.append(try expenseSeed(t)) }
        return setup
    }

    static func expenseSeed(_ t: TrainingTable) throws(DataFileError) -> ScenarioSetup.ExpenseSeed {
        guard let fund = try t.choice("fund", FundKind.allCases, raw: \.rawValue, title: \.title),
              let category = try t.choice("category", ExpenseCategory.allCases, raw: \.rawValue, title: \.title),
              let amount = try t.money("amount") else { throw t.problem("须写 fund、category 和 amount") }
        return .init(requester: t.optionalString("requester"), fund: fund, category: category, amount: amount, payee: try t.string("payee"),
                     purpose: try t.string("purpose"), daysAgo: try t.int("days_ago") ?? 1)
    }

    /// The roles listed at `key` ("书记", "主任", …); none when the key is absent.
    static func roles(_ t: TrainingTable, _ key: String) throws(DataFileError) -> Set<Role> {
        var out: Set<Role> = []
        for r in try t.strings(key) {
            guard let role = Role(rawValue: r) else { throw t.problem("未知角色“\(r)”") }
            out.insert(role)
        }
        return out
    }

    // MARK: - Expectations

    static func expectation(_ t: TrainingTable) throws(DataFileError) -> Expectation {
        guard let kind = try t.choice("kind", Expectation.Kind.allCases, raw: \.rawValue, title: \.title) else {
            throw t.problem("缺少 kind")
        }
        var e = Expectation(kind: kind, clause: try t.string("clause"))
        e.resident = t.optionalString("resident")
        e.room = t.optionalString("room")
        e.policy = t.optionalString("policy")
        e.outcome = try t.choice("outcome", ReceptionOutcome.allCases, raw: \.rawValue, title: \.title)
        e.department = t.optionalString("department")
        e.replyWorkingDays = try t.int("reply_working_days")
        e.visitKind = try t.choice("visit_kind", VisitKind.allCases, raw: \.rawValue, title: \.title)
        e.needsDifficulty = try t.bool("difficulty") ?? false
        e.tags = try t.strings("tags")
        e.amount = try t.money("amount")
        e.fund = try t.choice("fund", FundKind.allCases, raw: \.rawValue, title: \.title)
        e.category = try t.choice("category", ExpenseCategory.allCases, raw: \.rawValue, title: \.title)
        e.streetReview = try t.bool("street_review")
        e.streetApproval = try t.bool("street_approval")
        e.approvals = try t.int("approvals")
        e.approverRoles = try roles(t, "approver_roles")
        e.reviewRecorderRoles = try roles(t, "review_recorded_by")
        e.paid = try t.bool("paid")
        e.count = try t.int("count")
        e.worker = t.optionalString("worker")
        e.item = try t.choice("item", PointsItem.allCases, raw: \.rawValue, title: \.title)
        e.needsEvidence = try t.bool("evidence") ?? false
        return e
    }
}
