/// The approval route of an expense (附件一 三(二), 小额、合理、必须): a single expense up to the
/// local limit (500.00 yuan, inclusive) is approved jointly by the secretary and the director,
/// two different people, the requester's own approval not counting; above it the street
/// office's review must be recorded first.
public enum ExpenseApproval {
    // MARK: - Route

    /// The route an amount takes: local up to the limit (inclusive), street above it.
    public static func route(for amount: Int64, rules: RuleSet) -> ApprovalRoute {
        amount <= rules.money.localLimit ? .local : .street
    }

    // MARK: - Verdict

    /// Whether `amount` is approved by `approvals` (local route) or `review` (street route).
    /// - Parameter subject: how the amount is named in the sentence ("单笔", "集中申请总额").
    public static func evaluate(amount: Int64, requesterID: Int64, approvals: [Approval], review: StreetReview?,
                                rules: RuleSet, subject: String = "单笔") -> Verdict {
        let limit = rules.money.localLimit
        let route = route(for: amount, rules: rules)
        let head = "\(subject) \(Money.yuan(amount)) 元 \(route == .local ? "≤" : ">") \(Money.yuan(limit)) 元"
        let numbers: [Figure] = [.fen("amount", amount), .fen("limit", limit)]
        if route == .street { return street(head, review: review, numbers: numbers, rules: rules) }
        return local(head, requesterID: requesterID, approvals: approvals, numbers: numbers, rules: rules)
    }

    private static func street(_ head: String, review: StreetReview?, numbers: [Figure], rules: RuleSet) -> Verdict {
        guard let review else {
            return Verdict(.approval, in: rules, .needs, "\(head)：须先经街道、镇相关科室审核", numbers: numbers, need: .streetReview)
        }
        if review.reviewer.trimmed.isEmpty || review.reference.trimmed.isEmpty {
            return Verdict(.approval, in: rules, .needs, "\(head)：街道审核记录不完整，须填写审核人、文号和日期",
                           numbers: numbers, need: .streetReview)
        }
        if let problem = recorderProblem(review.recordedBy) {
            var verdict = Verdict.local(.approval, .needs, "\(head)：\(problem)", why: Permission.streetReviewWhy)
            (verdict.numbers, verdict.need) = (numbers, .streetReview)
            return verdict
        }
        return Verdict(.approval, in: rules, .ok,
                       "\(head)：已经街道、镇相关科室审核（审核人 \(review.reviewer)，文号 \(review.reference)，\(review.date)），按街道、镇程序审批",
                       numbers: numbers)
    }

    /// Why the recorded `person` could not have entered a street review (`Permission.recordStreetReview`,
    /// by the roles held on the day), or nil when they could.
    private static func recorderProblem(_ person: Person?) -> String? {
        guard let person else { return "街道审核记录须由书记或主任登记，本记录没有登记人" }
        if Permission.recordStreetReview.isHeld(by: person) { return nil }
        return "街道审核记录须由书记或主任登记，\(person.name) 不担任书记、主任"
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
        let text = "\(head)：须书记和主任共同审批\(lacking)" + notes.map { "；\($0)" }.joined()
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
