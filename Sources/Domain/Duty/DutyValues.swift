import DataFile

/// The off-hours duty values of a rule set (`[duty]` in `putuo-2017.toml`).
public struct DutyValues: Sendable, Equatable {
    /// A sign-in up to this many minutes after the start still counts as on time (按时到岗).
    public var signInGraceMinutes: Int
    /// Signing in opens this many minutes before the start.
    public var signInOpensMinutes: Int
    /// A sign-out up to this many minutes before the end is not leaving early.
    public var signOutGraceMinutes: Int
    /// The kinds of shift the roster uses.
    public var kinds: [ShiftKind]
    /// The roles that fill the roster and approve swaps (书记, 主任).
    public var approvers: Set<Role>

    public init(signInGraceMinutes: Int, signInOpensMinutes: Int, signOutGraceMinutes: Int,
                kinds: [ShiftKind], approvers: Set<Role>) {
        self.signInGraceMinutes = signInGraceMinutes
        self.signInOpensMinutes = signInOpensMinutes
        self.signOutGraceMinutes = signOutGraceMinutes
        self.kinds = kinds
        self.approvers = approvers
    }
}

extension RuleSet {
    /// Reads `[duty]` and `[duty.swap]`, refusing an unknown kind or role with its line.
    static func dutyValues(_ r: TOMLSource) throws(DataFileError) -> DutyValues {
        var kinds: [ShiftKind] = []
        for word in try r.strings("duty.kinds") {
            guard let kind = ShiftKind(rawValue: word) else { throw r.problem("duty.kinds 中的“\(word)”不是已知的班次类型", at: "duty.kinds") }
            kinds.append(kind)
        }
        var approvers = Set<Role>()
        for word in try r.strings("duty.swap.approvers") {
            guard let role = Role(rawValue: word) else { throw r.problem("duty.swap.approvers 中的“\(word)”不是角色", at: "duty.swap.approvers") }
            approvers.insert(role)
        }
        return DutyValues(
            signInGraceMinutes: try r.int("duty.sign_in_grace_minutes", in: 0...180),
            signInOpensMinutes: try r.int("duty.sign_in_opens_minutes", in: 0...240),
            signOutGraceMinutes: try r.int("duty.sign_out_grace_minutes", in: 0...180),
            kinds: kinds, approvers: approvers)
    }
}
