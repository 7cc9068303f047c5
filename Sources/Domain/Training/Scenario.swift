import Foundation

/// A drill (演练): a situation a trainee handles in the real tabs of a sandbox database, the data
/// it starts from, and what a correct handling leaves in the database, as checkable expectations.
public struct Scenario: Sendable, Equatable, Identifiable {
    /// The file's name without `.toml` ("elderly-allowance"); what `drill start NAME` takes.
    public var id: String
    /// A short Chinese title for the list ("高龄津贴咨询").
    public var title: String
    /// The tab the trainee works in.
    public var tab: ScenarioTab
    /// The situation, told in a few Chinese sentences.
    public var situation: String
    /// What the program writes before the trainee starts, through the normal Storage code.
    public var setup: ScenarioSetup
    /// What a correct handling leaves in the database.
    public var expectations: [Expectation]

    public init(id: String, title: String, tab: ScenarioTab, situation: String, setup: ScenarioSetup,
                expectations: [Expectation]) {
        self.id = id
        self.title = title
        self.tab = tab
        self.situation = situation
        self.setup = setup
        self.expectations = expectations
    }
}

/// The five tabs a drill can be set in.
public enum ScenarioTab: String, Sendable, CaseIterable, Codable {
    case reception, visits, duty, funds, points

    /// The tab's Chinese name: the one home of the five tab titles (AppCore's `Tab` reads them here).
    public var title: String {
        switch self {
        case .reception: return "首问接待"
        case .visits: return "走访记录"
        case .duty: return "错时值班"
        case .funds: return "经费管理"
        case .points: return "积分卡"
        }
    }
}

/// The starting data of a drill. Names that already exist are kept as they are.
public struct ScenarioSetup: Sendable, Equatable {
    /// A colleague the situation names (a worker whose points are entered, a second approver).
    public struct PersonSeed: Sendable, Equatable {
        public var name: String
        public var roles: Set<Role>
        public init(name: String, roles: Set<Role>) {
            self.name = name
            self.roles = roles
        }
    }

    /// A shift of the trainee's that starts `startOffsetMinutes` after the drill starts.
    public struct ShiftSeed: Sendable, Equatable {
        public var startOffsetMinutes: Int
        public var lengthMinutes: Int
        public init(startOffsetMinutes: Int, lengthMinutes: Int) {
            self.startOffsetMinutes = startOffsetMinutes
            self.lengthMinutes = lengthMinutes
        }
    }

    /// An expense requested `daysAgo` days before the drill, by a colleague (`requester`) or the trainee (nil).
    public struct ExpenseSeed: Sendable, Equatable {
        public var requester: String?
        public var fund: FundKind
        public var category: ExpenseCategory
        public var amount: Int64
        public var payee: String
        public var purpose: String
        public var daysAgo: Int
        public init(requester: String?, fund: FundKind, category: ExpenseCategory, amount: Int64, payee: String,
                    purpose: String, daysAgo: Int) {
            self.requester = requester
            self.fund = fund
            self.category = category
            self.amount = amount
            self.payee = payee
            self.purpose = purpose
            self.daysAgo = daysAgo
        }
    }

    public var people: [PersonSeed]
    public var households: [Household]
    /// Yearly budgets of the drill's year, in fen.
    public var budgets: [FundKind: Int64]
    public var shifts: [ShiftSeed]
    public var expenses: [ExpenseSeed]

    public init(people: [PersonSeed] = [], households: [Household] = [], budgets: [FundKind: Int64] = [:],
                shifts: [ShiftSeed] = [], expenses: [ExpenseSeed] = []) {
        self.people = people
        self.households = households
        self.budgets = budgets
        self.shifts = shifts
        self.expenses = expenses
    }
}
