/// The kinds of problem 实施意见 二(四) names for a patrol to find: 小区环境, 违章搭建, 公共秩序,
/// 消防安全, and 其他.
public enum FindingCategory: String, Sendable, CaseIterable, Codable, Hashable {
    case environment, illegalStructure, publicOrder, fireSafety, other

    public var title: String {
        switch self {
        case .environment: return "小区环境"
        case .illegalStructure: return "违章搭建"
        case .publicOrder: return "公共秩序"
        case .fireSafety: return "消防安全"
        case .other: return "其他"
        }
    }

    public static func named(_ text: String) -> FindingCategory? { allCases.first { $0.title == text.trimmed } }
}

/// How a finding is handled: on the spot, followed up by the committee, handed to the street's
/// 网格化管理中心 under the case number it gives ("对需要综合协调解决的，及时对接街镇相关部门和网格化管理中心"),
/// or put to a meeting of 议事协商.
public enum FindingHandling: Sendable, Equatable, Hashable {
    case onTheSpot
    case committee
    case gridCentre(caseNumber: String)
    /// 提交议事: the meeting's number once it is known (nil while the meeting is still to come).
    case meeting(Int64?)

    public enum Kind: String, Sendable, CaseIterable {
        case onTheSpot, committee, gridCentre, meeting
        public var title: String {
            switch self {
            case .onTheSpot: return "当场处理"
            case .committee: return "居委会跟进"
            case .gridCentre: return "转街镇网格化管理中心"
            case .meeting: return "提交议事"
            }
        }
        public static func named(_ text: String) -> Kind? {
            let name = text.trimmed
            if name == "转网格化管理中心" || name == "转网格中心" { return .gridCentre }
            return allCases.first { $0.title == name }
        }
    }

    public var kind: Kind {
        switch self {
        case .onTheSpot: return .onTheSpot
        case .committee: return .committee
        case .gridCentre: return .gridCentre
        case .meeting: return .meeting
        }
    }

    /// "转街镇网格化管理中心（案件 PT2026-118）", "提交议事（第 12 号会议）".
    public var title: String {
        switch self {
        case .gridCentre(let number): return "\(kind.title)（案件 \(number)）"
        case .meeting(let id?): return "\(kind.title)（第 \(id) 号会议）"
        default: return kind.title
        }
    }

    /// The case number or meeting number as a file writes it beside the kind ("" for none).
    public var reference: String {
        switch self {
        case .gridCentre(let number): return number
        case .meeting(let id?): return "\(id)"
        default: return ""
        }
    }
}

/// How a finding was closed: the day and what was done.
public struct FindingClosure: Sendable, Equatable, Hashable {
    public var date: LocalDate
    public var outcome: String

    public init(date: LocalDate, outcome: String) {
        self.date = date
        self.outcome = outcome
    }
}

/// One problem a patrol found: what, where, how it is handled, and its closing once done.
public struct PatrolFinding: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var category: FindingCategory
    public var place: String
    public var problem: String
    public var handling: FindingHandling
    public var closure: FindingClosure?

    public init(id: Int64 = 0, category: FindingCategory, place: String, problem: String, handling: FindingHandling,
                closure: FindingClosure? = nil) {
        self.id = id
        self.category = category
        self.place = place
        self.problem = problem
        self.handling = handling
        self.closure = closure
    }

    public var isOpen: Bool { closure == nil }
}

/// A 网格巡查 (实施意见 二(四)): the day, who walked it, the zone (片区, as the visits tab has them) and
/// 楼组, and what was found.
public struct Patrol: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var date: LocalDate
    public var patrollers: [String]
    public var zone: String
    /// The 楼组 (building group) walked, when the patrol kept to one; "" for the whole zone.
    public var buildings: String
    public var findings: [PatrolFinding]

    public init(id: Int64 = 0, date: LocalDate, patrollers: [String], zone: String, buildings: String = "", findings: [PatrolFinding]) {
        self.id = id
        self.date = date
        self.patrollers = patrollers
        self.zone = zone
        self.buildings = buildings
        self.findings = findings
    }
}
