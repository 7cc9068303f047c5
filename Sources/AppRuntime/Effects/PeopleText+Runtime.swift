import Domain

/// The people screen's text that the runtime writes (what an addition or a change did): part of
/// `PeopleText`, the one home of the people feature's Chinese.
extension PeopleText {
    static func added(_ p: Person) -> String {
        "已添加 \(p.name)（\(Role.describe(p.roles))）" + (p.hasPin ? "" : "，首次登录时设置 PIN")
    }
    static func rolesSet(_ p: Person) -> String { "已将 \(p.name) 的角色设为：\(Role.describe(p.roles))" }
    static func pinReset(_ p: Person, pinGiven: Bool) -> String {
        pinGiven ? "已为 \(p.name) 设置新 PIN" : "已清除 \(p.name) 的 PIN，本人下次登录时设置"
    }
    static func activeSet(_ p: Person) -> String { p.isActive ? "已启用 \(p.name)" : "已停用 \(p.name)" }
}
