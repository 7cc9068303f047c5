import Domain

/// The people storage's refusals (names, PINs, the staff file): part of `PeopleText`, the one home of the
/// people feature's Chinese.
extension PeopleText {
    static func duplicateName(_ name: String) -> String {
        "已有名为“\(name)”的人员，姓名不能重复"
    }

    static func personNotFound(_ id: Int64) -> String {
        "找不到编号为 \(id) 的人员"
    }

    static let lastSecretary = "至少须保留一名在职书记，否则无人能管理人员"
    static let pinAlreadySet = "该人员已设置 PIN；如需更改，请由书记重置"
    static let personInactive = "该人员已停用，不能登录或设置 PIN"
    static let corruptPinHash = "该人员的 PIN 记录已损坏，请由书记重置 PIN"

    // MARK: - Staff import

    static let importEmpty = "文件中没有人员数据"
    static let importRowTooShort = "本行应有 3 列：姓名,角色,片区（片区可留空）"
    static let importRowTooLong = "本行超过 3 列：姓名,角色,片区"

    static func importDuplicateInFile(_ name: String, firstLine: Int) -> String {
        "姓名“\(name)”与第 \(firstLine) 行重复"
    }

    static func importAlreadyInDatabase(_ name: String) -> String {
        "姓名“\(name)”已在人员名单中"
    }
}
