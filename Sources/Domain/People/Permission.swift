/// An act only some roles may do, and the rule that says who: the one place the program decides
/// "who may", checked again in storage whatever the screen shows.
///
/// `verdict(for:)` is `.ok` for an active person holding one of `roles`, otherwise a refusal
/// whose sentence names the act and the roles, then where the rule comes from: the standard's
/// clause only where its text gives the act to these roles ("只有书记可以填写积分卡（附件三 积分规则说明
/// 1）"), else the program's own reading ("（本程序的做法：…）"). It never names the person, so the
/// refusal can go into any message.
public enum Permission: String, CaseIterable, Sendable {
    /// Adding people, setting roles, resetting PINs, (de)activating, importing the staff list.
    case managePeople
    /// Assigning each worker their zone (分片包块).
    case assignZones
    /// Seeing every worker's progress at once: the visits team table, the points overview, the
    /// switch between workers' cards and the reminders of cards not yet filled.
    case overseeTeam
    /// Correcting a visit someone else recorded (anyone corrects their own).
    case correctOthersVisits
    /// Entering lines on a worker's points card.
    case enterPoints
    /// Signing (and amending after signing) a worker's monthly points card.
    case signPoints
    /// Approving or refusing an expense (书记 and 主任 each, as themselves).
    case approveExpense
    /// Entering the street office's review of an expense above the local limit; never the bookkeeper,
    /// who pays on it.
    case recordStreetReview
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
    /// Recording a verbal approval of emergency spending or the committee's collective decision
    /// (一事一议): a record of what others decided.
    case recordDecisions
    /// Correcting whether a payee is a 单位 or a 个人 (what the public disclosure prints).
    case correctPayeeKind
    /// Putting back a fresh practice sandbox from the real database (in practice mode anyone may).
    case resetPractice
    /// Keeping the residents' touch screen: the profile (社区概况) and notices (社区动态), and
    /// letting the screen go back to the staff program.
    case keepKiosk
    case recordMeetings

    /// The roles of which a person must hold at least one.
    public var roles: Set<Role> {
        switch self {
        case .managePeople, .assignZones, .overseeTeam, .correctOthersVisits, .enterPoints, .signPoints, .setBudget,
             .importExpenses, .reviewViews, .keepKiosk:
            return [.secretary]
        case .approveExpense, .recordStreetReview, .planFunds, .correctPayeeKind, .recordMeetings: return [.secretary, .director]
        case .recordDecisions: return [.secretary, .director, .bookkeeper]
        case .recordPayment: return [.bookkeeper]
        case .resetPractice: return [.trainer]
        }
    }

    /// The act, as the sentence names it ("签名确认积分卡").
    public var act: String {
        switch self {
        case .managePeople: return "添加人员、设置角色、重置 PIN 和停用人员"
        case .assignZones: return "分配片区"
        case .overseeTeam: return "查看全员进度"
        case .correctOthersVisits: return "更正他人的走访记录"
        case .enterPoints: return "填写积分卡"
        case .signPoints: return "签名确认积分卡"
        case .approveExpense: return "审批经费支出"
        case .recordStreetReview: return "登记街道审核"
        case .recordPayment: return "登记支付和冲销"
        case .setBudget: return "修改经费预算"
        case .planFunds: return "录入和修订年度经费计划"
        case .importExpenses: return "导入经费记录"
        case .reviewViews: return "查看谁看过居民的详细信息"
        case .recordDecisions: return "登记口头批准和一事一议决定"
        case .correctPayeeKind: return "更正收款方的单位/个人类型"
        case .resetPractice: return "在正式数据库上重置练习数据"
        case .keepKiosk: return "维护电子触摸屏的社区概况和社区动态"
        case .recordMeetings: return "记录议事协商会议及其决定"
        }
    }

    /// Where the rule comes from: a clause whose text gives the act to these roles, or the program's reading.
    public enum Source: Sendable, Equatable {
        /// The clause of the standard, as the sentence cites it ("附件一 三(二)").
        case clause(String)
        /// Why the program decides so where the standard is silent.
        case local(String)
    }

    /// The standard's clause only where its text says who ("由居民区党组织书记和居委会主任共同审批",
    /// "指定一名报账员，报账员应根据实际支出登记台账", "由居民区党总支书记……按月填写", the card's
    /// "党总支书记签名"); every other act is the program's reading, and says so.
    public var source: Source {
        switch self {
        case .approveExpense: return .clause("附件一 三(二)")
        case .recordPayment: return .clause("附件一 三(三)")
        case .enterPoints: return .clause("附件三 积分规则说明 1")
        case .signPoints: return .clause("附件三 积分卡“党总支书记签名”；积分规则说明 1")
        case .managePeople: return .local("原文未规定由谁管理人员")
        case .assignZones: return .local("原文要求分片包块，未规定由谁分配")
        case .overseeTeam: return .local("原文未规定；积分卡由书记按月填写，全员进度也由书记查看")
        case .correctOthersVisits: return .local("原文未规定；走访人可以更正本人的记录")
        case .recordStreetReview: return .local(Self.streetReviewWhy)
        case .setBudget, .planFunds: return .local("原文只说居委会编制年度经费计划，未规定由谁录入")
        case .importExpenses: return .local("原文未规定；导入会写入他人的审批和支付")
        case .reviewViews: return .local("原文未规定；查看记录涉及居民个人信息")
        case .recordDecisions: return .local("原文未规定由谁登记他人作出的决定")
        case .correctPayeeKind: return .local("原文未规定；收款方类型决定居务公开怎样显示收款方，由书记或主任更正并写明理由")
        case .resetPractice: return .local("原文未规定；练习模式下人人可用")
        case .recordMeetings: return .local("原文只说规范运行联席会议和“三会”制度（二(五)），未规定由谁记录；由书记或主任记录")
        case .keepKiosk: return .local("原文只说设置电子触摸屏（二(六)），未规定由谁维护；由书记维护")
        }
    }

    /// The standard says the street reviews; it does not say who at the committee enters that review.
    public static let streetReviewWhy = "原文未规定由谁登记街道的审核，街镇系统接通前由书记或主任登记，付款的报账员不登记"

    /// Whether `person` may do this act: the yes/no of `verdict(for:)`, for a screen that shows
    /// its own refusal sentence or hides what the person may not use.
    public func allows(_ person: Person?) -> Bool { verdict(for: person).isOK }

    /// Whether `person` holds one of the roles, active or not: for a record judged by the roles its
    /// people held on the day they acted.
    public func isHeld(by person: Person) -> Bool { !person.roles.isDisjoint(with: roles) }

    /// The refusal sentence for `person`, or nil when they may: what a screen shows as it is.
    public func refusal(for person: Person?) -> String? {
        let verdict = verdict(for: person)
        return verdict.isOK ? nil : verdict.message
    }

    /// Whether `person` (nil: nobody logged in, or not found) may do this act.
    public func verdict(for person: Person?) -> Verdict {
        let who = Role.describe(roles)
        guard let person, isHeld(by: person) else { return verdict(.refusal, "只有\(who)可以\(act)") }
        guard person.isActive else { return verdict(.refusal, "已停用的人员不能\(act)") }
        return verdict(.ok, "\(who)可以\(act)")
    }

    private func verdict(_ severity: Severity, _ text: String) -> Verdict {
        switch source {
        case .clause(let clause): return Verdict(rule: .roles, clause: clause, severity: severity, message: "\(text)（\(clause)）")
        case .local(let why): return Verdict.local(.roles, severity, text, why: why)
        }
    }
}
