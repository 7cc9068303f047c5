import Domain
import Testing

/// Who may do what: every act against every single role, and the sentences of a refusal, which
/// cite the standard only where its text gives the act to those roles.
@Suite struct PermissionTests {
    static let expected: [Permission: Set<Role>] = [
        .managePeople: [.secretary], .assignZones: [.secretary], .overseeTeam: [.secretary], .enterPoints: [.secretary], .signPoints: [.secretary],
        .correctOthersVisits: [.secretary], .setBudget: [.secretary], .importExpenses: [.secretary], .reviewViews: [.secretary],
        .approveExpense: [.secretary, .director], .recordStreetReview: [.secretary, .director], .planFunds: [.secretary, .director],
        .correctPayeeKind: [.secretary, .director], .recordMeetings: [.secretary, .director],
        .recordPayment: [.bookkeeper], .recordDecisions: [.secretary, .director, .bookkeeper], .resetPractice: [.trainer],
        .keepKiosk: [.secretary],
    ]

    /// The clauses whose text names who acts: "由居民区党组织书记和居委会主任共同审批" (附件一 三(二)),
    /// "指定一名报账员，报账员应根据实际支出登记台账" (附件一 三(三)), "由居民区党总支书记……按月填写"
    /// (积分规则说明 1) and the card's "党总支书记签名".
    static let clauses: [Permission: String] = [
        .approveExpense: "附件一 三(二)", .recordPayment: "附件一 三(三)", .enterPoints: "附件三 积分规则说明 1",
        .signPoints: "附件三 积分卡“党总支书记签名”；积分规则说明 1",
    ]

    static let worker = Person(id: 2, name: "李明", roles: [.worker])

    @Test("each act is allowed to exactly its roles, one role at a time", arguments: Permission.allCases)
    func roles(_ permission: Permission) {
        for role in Role.allCases {
            let person = Person(id: 1, name: "甲", roles: [role])
            #expect(permission.verdict(for: person).isOK == (Self.expected[permission]?.contains(role) == true),
                    "\(permission) as \(role.title)")
        }
    }

    @Test("a refusal cites the clause only where the text names the roles; every other act says it is the program's reading",
          arguments: Permission.allCases)
    func source(_ permission: Permission) {
        let refusal = permission.verdict(for: Self.worker)
        #expect(refusal.severity == .refusal && refusal.rule == .roles)
        #expect(refusal.message.hasPrefix("只有\(Role.describe(permission.roles))可以\(permission.act)（"))
        if let clause = Self.clauses[permission] {
            #expect(refusal.clause == clause && refusal.message.hasSuffix("（\(clause)）"))
        } else {
            #expect(refusal.clause == "本程序的做法" && refusal.message.contains("（本程序的做法：原文"))
            #expect(!refusal.message.contains("附件一 三(") && !refusal.message.contains("积分规则说明"))
        }
        #expect(refusal.message.hasSuffix("）") && !refusal.message.contains("李明"))
    }

    @Test("no sentence carries the clauses the standard does not contain")
    func noInventedClause() {
        let invented = ["人员由书记统一管理", "居民个人信息由书记负责保管", "附件二 四(二)", "附件一 三(一)", "积分规则说明 1、4", "实施意见"]
        for permission in Permission.allCases {
            let message = permission.verdict(for: Self.worker).message
            #expect(!invented.contains { message.contains($0) }, "\(message)")
        }
    }

    @Test("the sentences as shown")
    func sentences() {
        #expect(Permission.signPoints.verdict(for: Self.worker).message == "只有书记可以签名确认积分卡（附件三 积分卡“党总支书记签名”；积分规则说明 1）")
        #expect(Permission.approveExpense.verdict(for: Self.worker).message == "只有书记、主任可以审批经费支出（附件一 三(二)）")
        #expect(Permission.managePeople.verdict(for: Self.worker).message
                == "只有书记可以添加人员、设置角色、重置 PIN 和停用人员（本程序的做法：原文未规定由谁管理人员）")
        #expect(Permission.reviewViews.verdict(for: Self.worker).message
                == "只有书记可以查看谁看过居民的详细信息（本程序的做法：原文未规定；查看记录涉及居民个人信息）")
        let bookkeeper = Person(id: 4, name: "刘会计", roles: [.bookkeeper])
        #expect(Permission.recordStreetReview.refusal(for: bookkeeper)
                == "只有书记、主任可以登记街道审核（本程序的做法：\(Permission.streetReviewWhy)）")
        #expect(Permission.recordStreetReview.refusal(for: Person(id: 5, name: "张建华", roles: [.director])) == nil)
    }

    @Test("a deactivated holder of the role is refused with its own sentence; nobody is refused")
    func inactive() {
        let former = Person(id: 9, name: "前书记", roles: [.secretary], isActive: false)
        #expect(Permission.signPoints.verdict(for: former).message == "已停用的人员不能签名确认积分卡（附件三 积分卡“党总支书记签名”；积分规则说明 1）")
        #expect(Permission.signPoints.isHeld(by: former) && !Permission.signPoints.allows(former))
        #expect(Permission.signPoints.verdict(for: nil).severity == .refusal)
    }
}
