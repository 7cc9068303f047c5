/// An act only some roles may do, and the rule that says who: the one place the program decides
/// "who may", checked again in storage whatever the screen shows.
///
/// `verdict(for:)` is `.ok` for an active person holding one of `roles`, otherwise a refusal
/// whose sentence names the act, the roles and the clause, e.g.
/// "只有书记可以签名确认积分卡（附件三 积分规则说明 1、4）". It never names the person, so the
/// refusal can go into any message.
public enum Permission: String, CaseIterable, Sendable {
    /// Adding people, setting roles, resetting PINs, (de)activating, importing the staff list.
    case managePeople
    /// Assigning each worker their zone (分片包块).
    case assignZones
    /// Seeing every worker's progress at once: the visits team table, the points overview, the
    /// switch between workers' cards and the reminders of cards not yet filled.
    case overseeTeam
    /// Entering lines on a worker's points card.
    case enterPoints
    /// Signing (and amending after signing) a worker's monthly points card.
    case signPoints
    /// Approving or refusing an expense (书记 and 主任 each, as themselves).
    case approveExpense
    /// Recording a payment or its reversal in the ledger.
    case recordPayment
    /// Setting a fund's yearly budget.
    case setBudget
    /// Entering and revising the year's fund plan.
    case planFunds
    /// Importing expense records from a file.
    case importExpenses
    /// Reading the view log: who opened which resident's details.
    case reviewViews
    /// Recording the street office's review, a verbal approval of emergency spending, or the
    /// committee's collective decision (一事一议): a record of what others decided.
    case recordDecisions

    /// The roles of which a person must hold at least one.
    public var roles: Set<Role> {
        switch self {
        case .managePeople, .assignZones, .overseeTeam, .enterPoints, .signPoints, .setBudget, .importExpenses, .reviewViews:
            return [.secretary]
        case .approveExpense, .planFunds: return [.secretary, .director]
        case .recordDecisions: return [.secretary, .director, .bookkeeper]
        case .recordPayment: return [.bookkeeper]
        }
    }

    /// The act, as the sentence names it ("签名确认积分卡").
    public var act: String {
        switch self {
        case .managePeople: return "添加人员、设置角色、重置 PIN 和停用人员"
        case .assignZones: return "分配片区"
        case .overseeTeam: return "查看全员进度"
        case .enterPoints: return "填写积分卡"
        case .signPoints: return "签名确认积分卡"
        case .approveExpense: return "审批经费支出"
        case .recordPayment: return "登记支付和冲销"
        case .setBudget: return "修改经费预算"
        case .planFunds: return "录入和修订年度经费计划"
        case .importExpenses: return "导入经费记录"
        case .reviewViews: return "查看谁看过居民的详细信息"
        case .recordDecisions: return "登记街道审核、口头批准和一事一议决定"
        }
    }

    /// The clause of the standard that gives the act to these roles.
    public var clause: String {
        switch self {
        case .managePeople: return "实施意见 二(一)：人员由书记统一管理"
        case .assignZones, .overseeTeam: return "附件二 四(二) 分片包块"
        case .enterPoints, .signPoints: return "附件三 积分规则说明 1、4"
        case .approveExpense, .recordDecisions: return "附件一 三(二)"
        case .recordPayment: return "附件一 三(三)"
        case .setBudget, .planFunds, .importExpenses: return "附件一 三(一)"
        case .reviewViews: return "居民个人信息由书记负责保管"
        }
    }

    /// Whether `person` may do this act: the yes/no of `verdict(for:)`, for a screen that shows
    /// its own refusal sentence or hides what the person may not use.
    public func allows(_ person: Person?) -> Bool { verdict(for: person).isOK }

    /// Whether `person` (nil: nobody logged in, or not found) may do this act.
    public func verdict(for person: Person?) -> Verdict {
        let who = Role.describe(roles)
        guard let person, !person.roles.isDisjoint(with: roles) else {
            return refusal("只有\(who)可以\(act)")
        }
        guard person.isActive else { return refusal("已停用的人员不能\(act)") }
        return Verdict(rule: .roles, clause: clause, severity: .ok, message: "\(who)可以\(act)（\(clause)）")
    }

    private func refusal(_ text: String) -> Verdict {
        Verdict(rule: .roles, clause: clause, severity: .refusal, message: "\(text)（\(clause)）")
    }
}
