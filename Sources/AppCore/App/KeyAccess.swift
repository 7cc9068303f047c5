import Domain

/// Which permission a key's command needs where it is bound: the one table the features ask
/// before they act and the status line and help screen filter by, so nobody is offered a key
/// they may not use. A command not listed is anyone's.
public enum KeyAccess {
    /// The permission of each gated command, by the key context it is bound in.
    public static let table: [KeyContext: [Command: Permission]] = [
        .people: [.add: .managePeople, .editRoles: .managePeople, .resetPin: .managePeople, .toggleActive: .managePeople,
                  .viewLog: .reviewViews, .practiceReset: .resetPractice, .kioskProfile: .keepKiosk, .kioskNotice: .keepKiosk,
                  .kioskNotices: .keepKiosk],
        .kioskNotices: [.kioskNotice: .keepKiosk, .withdrawNotice: .keepKiosk],
        .visits: [.team: .overseeTeam, .assignZone: .assignZones],
        .funds: [.approve: .approveExpense, .review: .recordStreetReview, .pay: .recordPayment, .reverse: .recordPayment,
                 .verbal: .recordDecisions, .caseDecision: .recordDecisions, .payeeKind: .correctPayeeKind,
                 .planRevise: .planFunds, .planReport: .planFunds, .budget: .setBudget],
        .points: [.add: .enterPoints, .pointsSign: .signPoints, .pointsAmend: .signPoints, .pointsSignAll: .signPoints,
                  .pointsOverview: .overseeTeam, .pointsWorker: .overseeTeam],
    ]

    /// The duty tab's commands kept for the rule set's approvers (`duty.swap.approvers`: 书记, 主任),
    /// the roster's own rule (`SwapRules.fill`).
    public static let dutyArranging: Set<Command> = [.dutyFill, .dutyTemplate, .dutyHours, .dutyAddShift, .dutyIntake]

    /// The permission `command` needs in `context`, if any.
    public static func permission(for command: Command, in context: KeyContext) -> Permission? {
        table[context]?[command]
    }

    /// The refusal sentence when `user` may not use `command` in `context`, or nil when they may.
    public static func refusal(_ command: Command, in context: KeyContext, for user: Person?) -> String? {
        permission(for: command, in: context)?.refusal(for: user)
    }

    /// The refusal for the person at the screen: as above, except that in practice mode anyone
    /// resets the sandbox, and the roster's keys follow the rule set in force.
    public static func refusal(_ command: Command, in context: KeyContext, _ state: AppState) -> String? {
        if command == .practiceReset && state.bannerText != nil { return nil }
        if context == .duty, dutyArranging.contains(command), case .main(let main) = state.phase,
           let rules = main.duty.snapshot?.rules {
            return SwapRules.fill(by: main.user, rules: rules)?.message
        }
        return refusal(command, in: context, for: state.user)
    }

    /// Whether the status line and the help offer `command`, bound in `context`, to the person at the screen.
    public static func offers(_ command: Command, in context: KeyContext, _ state: AppState) -> Bool {
        refusal(command, in: context, state) == nil
    }

    /// Whether the binding named `name` in `context` is offered: a name that is no command (a
    /// user's "none") is left to the keymap.
    public static func offers(_ name: String, in context: KeyContext, _ state: AppState) -> Bool {
        Command(rawValue: name).map { offers($0, in: context, state) } ?? true
    }
}
