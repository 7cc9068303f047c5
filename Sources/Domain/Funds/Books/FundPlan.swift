/// The year's fund plan (年度经费计划, 附件一 三(一)): lines of fund, category, project and amount,
/// reported to the residents' or party members' meeting. A line is revised by a new line naming
/// the one it replaces, so every version stays; an expense is in the plan when its fund and
/// project match a current line.
public struct FundPlan: Sendable, Equatable {
    /// Every version of every line, oldest first.
    public var lines: [PlanLine]
    /// The latest report of the plan to a meeting, if there was one.
    public var report: PlanReport?

    public init(lines: [PlanLine] = [], report: PlanReport? = nil) {
        self.lines = lines
        self.report = report
    }

    /// Whether the year has no plan at all; then every expense is outside it (附件一 三(一)).
    public var isEmpty: Bool { lines.isEmpty }

    /// The lines in force: those no later version replaces, each where its first version was
    /// entered (a revision does not move a line to the end of the list).
    public var current: [PlanLine] {
        let replaced = Set(lines.compactMap(\.revises))
        let inForce = lines.filter { !replaced.contains($0.id) }
        return inForce.map { (root: history(of: $0).last?.id ?? $0.id, line: $0) }.sorted { $0.root < $1.root }.map(\.line)
    }

    /// The earlier versions of `line`, newest first.
    public func history(of line: PlanLine) -> [PlanLine] {
        var versions: [PlanLine] = []
        var next = line.revises
        while let id = next, let earlier = lines.first(where: { $0.id == id }) {
            versions.append(earlier)
            next = earlier.revises
        }
        return versions
    }

    /// The current lines of `fund` (amount above zero) whose project or category contains `filter`.
    public func choices(fund: FundKind, filter: String = "") -> [PlanLine] {
        let key = filter.trimmed
        return current.filter { line in
            line.fund == fund && line.amount > 0
                && (key.isEmpty || line.project.contains(key) || line.category.title.contains(key))
        }
    }

    /// `line(fund:project:)` for many expenses at once: the lines in force are worked out once, not
    /// once an expense (a year of a district's file has thousands of both).
    public func lineFinder() -> (FundKind, String) -> PlanLine? {
        struct Key: Hashable { let fund: FundKind; let project: String }
        var byKey: [Key: PlanLine] = [:]
        for line in current where line.amount > 0 && byKey[Key(fund: line.fund, project: line.project)] == nil {
            byKey[Key(fund: line.fund, project: line.project)] = line
        }
        return { fund, project in
            let key = project.trimmed
            return key.isEmpty ? nil : byKey[Key(fund: fund, project: key)]
        }
    }

    /// The current line an expense of `fund` for `project` falls under, if any (amount above zero).
    public func line(fund: FundKind, project: String) -> PlanLine? {
        lineFinder()(fund, project)
    }
}

/// One version of a plan line.
public struct PlanLine: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var fund: FundKind
    public var category: ExpenseCategory
    public var project: String
    /// The planned amount in fen; 0 withdraws the line.
    public var amount: Int64
    /// The version this one replaces, with the reason for the change.
    public var revises: Int64?
    public var reason: String
    /// Who entered this version and when, in Shanghai time ("2026-03-01 09:30"); empty before it is saved.
    public var setBy: String
    public var setAt: String

    public init(id: Int64, fund: FundKind, category: ExpenseCategory, project: String, amount: Int64,
                revises: Int64? = nil, reason: String = "", setBy: String = "", setAt: String = "") {
        self.setBy = setBy
        self.setAt = setAt
        self.id = id
        self.fund = fund
        self.category = category
        self.project = project
        self.amount = amount
        self.revises = revises
        self.reason = reason
    }
}

/// The report of the plan to a meeting (附件一 三(一)): which meeting and when.
public struct PlanReport: Sendable, Equatable {
    /// 居民会议 or 党员会议.
    public enum Meeting: String, Sendable, CaseIterable {
        case residents, party

        public var title: String { self == .residents ? "居民会议" : "党员会议" }
    }

    public var meeting: Meeting
    public var date: LocalDate

    public init(meeting: Meeting, date: LocalDate) {
        self.meeting = meeting
        self.date = date
    }
}
