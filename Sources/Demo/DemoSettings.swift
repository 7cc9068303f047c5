import Domain

/// How much demo data to make: one committee, the committees of one street, or the district's 265.
public enum DemoScale: String, Sendable, CaseIterable {
    case committee, street, district

    /// "一个居委会", "一个街道的各居委会", "全区 265 个居委会".
    public var title: String {
        switch self {
        case .committee: return "一个居委会"
        case .street: return "一个街道的各居委会"
        case .district: return "全区 265 个居委会"
        }
    }
}

/// What the generator is asked for; the same settings always give the same data.
public struct DemoSettings: Sendable, Equatable {
    public var seed: UInt64
    public var scale: DemoScale
    /// How many months of records, ending with the month of `asOf`.
    public var months: Int
    /// The last day of the records (the "today" of the demo); later shifts are on the roster unsigned.
    public var asOf: LocalDate

    public init(seed: UInt64 = 2017, scale: DemoScale = .committee, months: Int = 12, asOf: LocalDate) {
        self.seed = seed
        self.scale = scale
        self.months = months
        self.asOf = asOf
    }

    /// The PIN every demo person logs in with (printed by `baishihui demo`, in the README).
    public static let pin = "1234"
    /// The known people of the first committee, so a trainer's handout can name them.
    public static let secretaryName = "王秀兰"
    public static let directorName = "李建国"
    public static let workerName = "陈丽华"
    public static let trainerName = "张明华"

    /// The months covered, oldest first.
    public var monthRange: [Month] {
        var month = asOf.calendarMonth
        var result = [month]
        for _ in 1..<max(months, 1) { month = month.previous; result.append(month) }
        return result.reversed()
    }

    /// What the audit event of each batch records about the run.
    public var auditDetail: [String: String] {
        ["seed": String(seed), "scale": scale.rawValue, "months": String(months), "asOf": asOf.iso, "source": "demo"]
    }
}

/// One committee to generate: its names and the prefix that keeps its rooms unique in the file.
public struct DemoCommitteePlan: Sendable, Equatable {
    public var index: Int
    public var committee: Committee
    /// "" for a lone committee ("12号301室"), else its lane ("长寿路318弄12号301室").
    public var roomPrefix: String
    /// "" for a lone committee ("一片区"), else a short name ("长寿路一居·一片").
    public var zonePrefix: String

    /// The committees of a run: 1, the first street's, or 265 spread over Putuo's ten streets and towns.
    public static func all(for scale: DemoScale) -> [DemoCommitteePlan] {
        switch scale {
        case .committee:
            return [DemoCommitteePlan(index: 0, committee: Committee(name: "长寿路第一居委会", streetOffice: "长寿路街道"),
                                      roomPrefix: "", zonePrefix: "")]
        case .street: return street(0, count: 26, firstIndex: 0)
        case .district:
            var plans = [DemoCommitteePlan]()
            for s in DemoNames.streets.indices {
                plans += street(s, count: s < 5 ? 27 : 26, firstIndex: plans.count)
            }
            return plans
        }
    }

    private static func street(_ s: Int, count: Int, firstIndex: Int) -> [DemoCommitteePlan] {
        let (street, roads) = DemoNames.streets[s]
        return (0..<count).map { j in
            let road = roads[j % roads.count]
            let number = j / roads.count + 1
            let name = "\(road)第\(DemoNames.chinese(number))居委会"
            return DemoCommitteePlan(index: firstIndex + j, committee: Committee(name: name, streetOffice: street),
                                     roomPrefix: "\(road)\(number * 200 + 18 + 10 * (j % 7))弄",
                                     zonePrefix: "\(road)\(DemoNames.chinese(number))居·")
        }
    }
}
