import Domain
import Storage

/// A policy item as the generator links reception records to it.
public struct DemoPolicy: Sendable, Equatable {
    public var id: Int64, title: String, category: String, department: String
    public init(id: Int64, title: String, category: String, department: String) {
        self.id = id; self.title = title; self.category = category; self.department = department
    }
}

/// Makes the demo records of one committee after another from a seeded generator: pure, no
/// database. Ids are chosen here, counting on from the committees before, so the writer only inserts.
public struct DemoGenerator {
    public let settings: DemoSettings
    let policies: [DemoPolicy]
    let calendar: WorkingDayCalendar
    let rules: RuleSet
    var ids = DemoIDs()
    var usedNames: Set<String> = [DemoSettings.secretaryName, DemoSettings.directorName,
                                  DemoSettings.workerName, DemoSettings.trainerName]

    /// Households a committee holds: 80 buildings of 6 floors with 4 rooms, a few rooms empty.
    static let buildings = 80, floors = 6, roomsPerFloor = 4
    static let zonesPerCommittee = 4
    /// Workers of a committee besides the secretary: the director and seven 社工.
    static let workersPerCommittee = 8
    /// The roles of a committee's first people: secretary, director, bookkeeper, trainer; then 社工.
    static let roles: [Set<Role>] = [[.secretary], [.director, .worker], [.worker, .bookkeeper], [.worker, .trainer]]
    /// Tags and the share of households carrying each.
    static let tagShares: [(String, Double)] = [("独居老人", 0.06), ("困难家庭", 0.02), ("残疾人", 0.04), ("低保", 0.015),
                                                ("优抚对象", 0.01), ("特殊对象", 0.01), ("其他", 0.03)]

    public init(settings: DemoSettings, policies: [DemoPolicy], calendar: WorkingDayCalendar, rules: RuleSet) {
        self.rules = rules
        self.settings = settings
        self.policies = policies
        self.calendar = calendar
    }

    /// The next committee's records.
    public mutating func batch(for plan: DemoCommitteePlan) -> DemoBatch {
        var rng = SplitMix64(seed: settings.seed).derived(UInt64(plan.index) + 1)
        var batch = DemoBatch(committee: plan.committee)
        let staff = makeStaff(plan, &rng)
        batch.people = staff.all
        batch.households = makeHouseholds(plan, &rng)
        var activity = DemoActivity(settings: settings, staff: staff, households: batch.households,
                                    policies: policies, calendar: calendar, stagger: plan.index, rng: rng.derived(7))
        batch.visits = activity.visits(&ids)
        batch.receptions = activity.receptions(&ids)
        batch.onlineReplies = activity.onlineReplies(&ids)
        batch.shifts = activity.shifts(&ids)
        var funds = DemoFunds(settings: settings, staff: staff, streetOffice: plan.committee.streetOffice,
                                rules: rules, rng: rng.derived(11))
        batch.planLines = funds.planLines(&ids)
        batch.expenses = funds.expenses(&ids)
        batch.pointsEntries = funds.pointsEntries(&ids)
        return batch
    }

    // MARK: - People

    mutating func makeStaff(_ plan: DemoCommitteePlan, _ rng: inout SplitMix64) -> DemoStaff {
        let fixed = [DemoSettings.secretaryName, DemoSettings.directorName, DemoSettings.workerName, DemoSettings.trainerName]
        var people = [DemoBatch.Person]()
        for w in 0...Self.workersPerCommittee {
            let roles = Self.roles[safe: w] ?? [.worker]
            let name = plan.index == 0 && w < fixed.count ? fixed[w] : uniqueName(&rng)
            ids.person += 1
            let zone = w == 0 ? nil : zoneName(plan, (w - 1) % Self.zonesPerCommittee)
            people.append(DemoBatch.Person(id: ids.person, name: name, roles: roles, zone: zone))
        }
        return DemoStaff(secretary: people[0], workers: Array(people.dropFirst()))
    }

    mutating func uniqueName(_ rng: inout SplitMix64) -> String {
        while true {
            let name = DemoNames.person(&rng)
            if usedNames.insert(name).inserted { return name }
        }
    }

    func zoneName(_ plan: DemoCommitteePlan, _ zone: Int) -> String {
        plan.zonePrefix + DemoNames.chinese(zone + 1) + (plan.zonePrefix.isEmpty ? "片区" : "片")
    }

    // MARK: - Households

    mutating func makeHouseholds(_ plan: DemoCommitteePlan, _ rng: inout SplitMix64) -> [DemoBatch.Household] {
        var result = [DemoBatch.Household]()
        for building in 1...Self.buildings {
            let zone = zoneName(plan, (building - 1) * Self.zonesPerCommittee / Self.buildings)
            for floor in 1...Self.floors {
                for room in 1...Self.roomsPerFloor where rng.chance(0.985) {
                    ids.household += 1
                    let tags = Self.tagShares.filter { rng.chance($0.1) }.map(\.0)
                    let size = tags.contains("独居老人") ? 1 : rng.pick([1, 2, 2, 3, 3, 3, 4, 5])
                    result.append(DemoBatch.Household(
                        id: ids.household, room: "\(plan.roomPrefix)\(building)号\(floor)0\(room)室",
                        head: DemoNames.person(&rng), members: Self.members(size), phone: DemoNames.phone(&rng),
                        zone: zone, tags: tags))
                }
            }
        }
        return result
    }

    static func members(_ size: Int) -> String {
        switch size {
        case 1: return "1人"
        case 2: return "夫妻2人"
        case 3: return "一家3口"
        case 4: return "一家4口"
        default: return "祖孙三代\(size)人"
        }
    }
}

/// The last id used in each table, carried from one committee to the next.
public struct DemoIDs: Sendable, Equatable {
    public var person: Int64 = 0, household: Int64 = 0, visit: Int64 = 0, reception: Int64 = 0
    public var onlineReply: Int64 = 0, shift: Int64 = 0, assignment: Int64 = 0, plan: Int64 = 0
    public var expense: Int64 = 0, ledger: Int64 = 0, points: Int64 = 0
}

/// A committee's people: the secretary and the workers (the director first, then the bookkeeper,
/// the trainer and the other 社工).
public struct DemoStaff: Sendable {
    public var secretary: DemoBatch.Person
    public var workers: [DemoBatch.Person]
    public var director: DemoBatch.Person { workers[0] }
    public var bookkeeper: DemoBatch.Person { workers[1] }
    public var all: [DemoBatch.Person] { [secretary] + workers }
}
