/// The approval route of an expense (附件一 三(二), 小额、合理、必须): a single expense up to the
/// local limit (500.00 yuan, inclusive) is approved jointly by the secretary and the director;
/// above it the street office's review and then its approval must be recorded. That the two are different people
/// and the requester's own approval does not count is this program's reading (本程序的做法);
/// when no such two can approve (一肩挑, or the 主任 asked), the expense goes to the street.
public enum ExpenseApproval {
    // MARK: - Route

    /// The route an amount takes: local up to the limit (inclusive), street above it.
    public static func route(for amount: Int64, rules: RuleSet) -> ApprovalRoute {
        amount <= rules.money.localLimit ? .local : .street
    }

    /// Why a small expense goes to the street instead (本程序的做法, not a clause).
    public static let noLocalPairWhy = "本程序的做法：本居没有两位可审批的书记、主任（一肩挑或本人申请），改送街道、镇审批"

    /// Said after the two-people notes: they are this program's reading of "书记和主任共同审批".
    public static let pairReading = "（本程序的做法；本居无此两人时改送街道、镇审批）"

    /// Whether `approvers` hold a 书记 and a 主任, two different people, neither `requesterID`.
    public static func hasLocalPair(excluding requesterID: Int64, among approvers: [Person]) -> Bool {
        let others = approvers.filter { $0.id != requesterID && $0.isActive }
        return others.contains { s in s.has(.secretary) && others.contains { $0.id != s.id && $0.has(.director) } }
    }

    // MARK: - Verdict

    /// Whether `amount` is approved by `approvals` (local route) or `review` (street route).
    /// - Parameter subject: how the amount is named in the sentence ("单笔", "集中申请总额").
    /// - Parameter why: when set, the route is the street's whatever the amount, for this reason
    ///   (a batch application is made to the street, `BatchApplication.streetWhy`).
    public static func evaluate(amount: Int64, requesterID: Int64, approvals: [Approval], review: StreetReview?,
                                rules: RuleSet, subject: String = "单笔", streetBecause why: String? = nil) -> Verdict {
        let limit = rules.money.localLimit
        let route = why == nil ? route(for: amount, rules: rules) : .street
        let head = why.map { "\(subject) \(Money.yuan(amount)) 元（\($0)）" }
            ?? "\(subject) \(Money.yuan(amount)) 元 \(route == .local ? "≤" : ">") \(Money.yuan(limit)) 元"
        let numbers: [Figure] = [.fen("amount", amount), .fen("limit", limit)]
        if route == .street { return street(head, review: review, numbers: numbers, rules: rules) }
        return local(head, requesterID: requesterID, approvals: approvals, numbers: numbers, rules: rules)
    }

    private static func street(_ head: String, review: StreetReview?, numbers: [Figure], rules: RuleSet) -> Verdict {
        func needs(_ text: String, _ need: Need) -> Verdict {
            Verdict(.approval, in: rules, .needs, "\(head)：\(text)", numbers: numbers, need: need)
        }
        guard let review else { return needs("须先经街道、镇相关科室审核", .streetReview) }
        if review.reviewer.trimmed.isEmpty || review.reference.trimmed.isEmpty {
            return needs("街道审核记录不完整，须填写审核人、文号和日期", .streetReview)
        }
        if let problem = recorderProblem(review.recordedBy, step: "审核") {
            return recorderVerdict(head, problem, numbers: numbers, need: .streetReview)
        }
        // Who reviewed and who approved are on the expense's detail (`StreetReview`); the verdict keeps to
        // the numbers and dates, so that an instalment's detail shows it whole at 80×24.
        let reviewed = "已经街道、镇相关科室审核（文号 \(review.reference)，\(review.date)）"
        if review.oneStep {
            return Verdict(.approval, in: rules, .ok, "\(head)：\(reviewed)，按街道、镇程序审批；\(oneStepNote)", numbers: numbers)
        }
        guard let approval = review.approval else {
            return needs("\(reviewed)，还须按街道、镇相关程序审批", .streetApproval)
        }
        if approval.approver.trimmed.isEmpty || approval.reference.trimmed.isEmpty {
            return needs("街道审批记录不完整，须填写审批人、文号和日期", .streetApproval)
        }
        if approval.date < review.date {
            return needs("街道审批日期 \(approval.date) 早于审核日期 \(review.date)：审批在审核之后", .streetApproval)
        }
        if let problem = recorderProblem(approval.recordedBy, step: "审批") {
            return recorderVerdict(head, problem, numbers: numbers, need: .streetApproval)
        }
        return Verdict(.approval, in: rules, .ok,
                       "\(head)：\(reviewed)，已按街道、镇程序审批（文号 \(approval.reference)，\(approval.date)）",
                       numbers: numbers)
    }

    /// Said of a street record entered as one step (`StreetReview.oneStep`).
    public static let oneStepNote = "审核、审批在分两步登记前一并录入，按两步均已办完计（本程序的做法）"

    private static func recorderVerdict(_ head: String, _ problem: String, numbers: [Figure], need: Need) -> Verdict {
        var verdict = Verdict.local(.approval, .needs, "\(head)：\(problem)", why: Permission.streetReviewWhy)
        (verdict.numbers, verdict.need) = (numbers, need)
        return verdict
    }

    /// Why the recorded `person` could not have entered the street's `step` (审核 or 审批) (`Permission.recordStreetReview`,
    /// by the roles held on the day), or nil when they could.
    private static func recorderProblem(_ person: Person?, step: String) -> String? {
        guard let person else { return "街道\(step)记录须由书记或主任登记，本记录没有登记人" }
        if Permission.recordStreetReview.isHeld(by: person) { return nil }
        return "街道\(step)记录须由书记或主任登记，\(person.name) 不担任书记、主任"
    }

    private static func local(_ head: String, requesterID: Int64, approvals: [Approval], numbers: [Figure],
                              rules: RuleSet) -> Verdict {
        let valid = approvals.filter { $0.person.id != requesterID && $0.person.has($0.role) }
        let secretaries = valid.filter { $0.role == .secretary }
        let directors = valid.filter { $0.role == .director }
        for s in secretaries {
            if let d = directors.first(where: { $0.person.id != s.person.id }) {
                return Verdict(.approval, in: rules, .ok,
                               "\(head)：书记 \(s.person.name)、主任 \(d.person.name) 已共同审批", numbers: numbers)
            }
        }
        var missing: [Role] = []
        if secretaries.isEmpty { missing.append(.secretary) }
        if directors.isEmpty { missing.append(.director) }
        var notes: [String] = []
        if approvals.contains(where: { $0.person.id == requesterID }) { notes.append("申请人本人的审批不计入") }
        if missing.isEmpty, let only = secretaries.first {
            notes.append("书记、主任须为两个不同的人，\(only.person.name) 一人只计一次")
            missing = [.secretary, .director]
        }
        let lacking = missing.isEmpty ? "" : "，还缺\(Role.describe(Set(missing)))审批"
        let reading = notes.isEmpty ? "" : pairReading
        let text = "\(head)：须书记和主任共同审批\(lacking)" + notes.map { "；\($0)" }.joined() + reading
        return Verdict(.approval, in: rules, .needs, text, numbers: numbers, need: .approvals(missing))
    }
}

/// Who approves an expense: the committee itself or the street office.
public enum ApprovalRoute: String, Sendable, CaseIterable, Codable, Comparable {
    case local, street

    /// "书记、主任共同审批" or "街道、镇相关科室审核".
    public var title: String { self == .local ? "书记、主任共同审批" : "街道、镇相关科室审核" }

    public static func < (lhs: ApprovalRoute, rhs: ApprovalRoute) -> Bool { lhs == .local && rhs == .street }
}

/// One approval of an expense: who, in which of their roles, on which day.
public struct Approval: Sendable, Equatable, Codable {
    public var person: Person
    public var role: Role
    public var date: LocalDate

    public init(person: Person, role: Role, date: LocalDate) {
        self.person = person
        self.role = role
        self.date = date
    }
}
