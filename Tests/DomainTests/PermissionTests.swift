import Domain
import Testing

/// Who may do what: every act against every single role, and the sentences of a refusal.
@Suite struct PermissionTests {
    static let expected: [Permission: Set<Role>] = [
        .managePeople: [.secretary], .assignZones: [.secretary], .overseeTeam: [.secretary], .enterPoints: [.secretary], .signPoints: [.secretary],
        .setBudget: [.secretary], .importExpenses: [.secretary], .reviewViews: [.secretary],
        .approveExpense: [.secretary, .director], .planFunds: [.secretary, .director],
        .recordPayment: [.bookkeeper], .recordDecisions: [.secretary, .director, .bookkeeper],
    ]

    @Test("each act is allowed to exactly its roles, one role at a time", arguments: Permission.allCases)
    func roles(_ permission: Permission) {
        for role in Role.allCases {
            let person = Person(id: 1, name: "甲", roles: [role])
            #expect(permission.verdict(for: person).isOK == (Self.expected[permission]?.contains(role) == true),
                    "\(permission) as \(role.title)")
        }
    }

    @Test("a refusal names the roles, the act and the clause, never the person")
    func refusalSentence() {
        let worker = Person(id: 2, name: "李明", roles: [.worker, .trainer])
        let verdict = Permission.signPoints.verdict(for: worker)
        #expect(verdict.severity == .refusal && verdict.rule == .roles)
        #expect(verdict.message == "只有书记可以签名确认积分卡（附件三 积分规则说明 1、4）")
        #expect(Permission.approveExpense.verdict(for: worker).message == "只有书记、主任可以审批经费支出（附件一 三(二)）")
        #expect(Permission.allCases.allSatisfy { !$0.verdict(for: worker).message.contains("李明") })
    }

    @Test("a deactivated holder of the role is refused with its own sentence; nobody is refused")
    func inactive() {
        let former = Person(id: 9, name: "前书记", roles: [.secretary], isActive: false)
        #expect(Permission.signPoints.verdict(for: former).message == "已停用的人员不能签名确认积分卡（附件三 积分规则说明 1、4）")
        #expect(Permission.signPoints.verdict(for: nil).severity == .refusal)
    }
}
