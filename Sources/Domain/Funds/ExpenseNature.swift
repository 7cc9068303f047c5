/// Who an expense benefits (受益对象), as the requester answered on the request. The party fund
/// may not pay 工作人员工资福利和其他津补贴 (附件一 二(二)2), so a staff meal is refused from it; the
/// answer is recorded, never guessed from the purpose. Records from before the question have none
/// (`未登记`).
public enum Beneficiary: String, Sendable, CaseIterable, Codable {
    case residents, staff, other

    /// "居民群众", "工作人员", "其他".
    public var title: String {
        switch self {
        case .residents: return "居民群众"
        case .staff: return "工作人员"
        case .other: return "其他"
        }
    }
}

/// What kind of cost an expense is, where the text forbids a kind: 房屋租赁 and 大型装修 are paid by
/// the street outside the three funds (附件一 二(一)); costs 应由物业单位承担 never from the party fund
/// (附件一 二(二)2). `ordinary` is the requester's answer "none of these".
public enum CostKind: String, Sendable, CaseIterable, Codable {
    case ordinary, rent, renovation, propertyBorne

    /// "以上都不是", "房屋租赁", "装修", "应由物业承担".
    public var title: String {
        switch self {
        case .ordinary: return "以上都不是"
        case .rent: return "房屋租赁"
        case .renovation: return "装修"
        case .propertyBorne: return "应由物业承担"
        }
    }
}

/// What a screen, an export and a message say of a record that has no answer: never a guess.
public enum ExpenseNature {
    public static let unrecorded = "未登记"

    /// The beneficiary's title, or 未登记.
    public static func title(_ b: Beneficiary?) -> String { b?.title ?? unrecorded }

    /// The cost kind's title, or 未登记.
    public static func title(_ c: CostKind?) -> String { c?.title ?? unrecorded }
}
