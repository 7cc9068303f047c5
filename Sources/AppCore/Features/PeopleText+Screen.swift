import Domain

/// The people screen's text: part of `PeopleText`, the one home of the people feature's Chinese.
extension PeopleText {
    static let title = "人员管理"

    // MARK: - Forms

    static let nameLabel = "姓名"
    static let rolesLabel = "角色"
    static let rolesHint = "空格选择"
    static let zoneLabel = "片区"
    static let zoneHint = "可空"
    static let pinLabel = "PIN"
    static let pinAgainLabel = "再次输入 PIN"
    static let pinHintFirstLogin = "可空：本人首次登录时设置"
    static let pinHintNextLogin = "可空：本人下次登录时设置"
    static let addTitle = "添加人员"
    static func rolesTitle(_ name: String) -> String { "设置角色：\(name)" }
    static func resetPinTitle(_ name: String) -> String { "重置 PIN：\(name)" }

    // MARK: - Deactivating

    static let cannotDeactivateSelf = "不能停用自己"
    static let deactivateTitle = "停用人员"
    static let deactivateYes = "停用"
    static func deactivateText(_ name: String, reactivate: String) -> [String] {
        ["停用“\(name)”后：",
         "· 此人不能再登录本程序；",
         "· 此人已有的记录（接待、走访、值班、积分等）全部保留，不删除；",
         "· 之后可在本页选中此人按 \(reactivate) 重新启用。"]
    }

    // MARK: - Staff list

    static let columnStatus = "状态"
    static let inactive = "已停用"
    static let active = "在用"
    static let activeWithoutPin = "在用·待设 PIN"

    // MARK: - View log

    static let viewsTitle = "查看记录：谁打开过居民的详细信息（电话、家庭情况、困难）"
    static let noViews = "还没有人打开过居民的详细信息"
    static let columnTime = "时间"
    static let columnViewer = "查看人"
    static let columnRecord = "记录"
}
