import Domain

/// What the storage of households and visits refuses with: part of `VisitsText` (Domain).
extension VisitsText {
    // MARK: - Households and visits

    static func householdNotFound(_ id: Int64) -> String { "找不到编号为 \(id) 的住户" }
    static func visitNotFound(_ id: Int64) -> String { "找不到编号为 \(id) 的走访记录" }
    static let duplicateRoom = "该楼室号已在住户登记簿中，不能重复登记"
    static let unknownRoom = "住户登记簿中没有该楼室号：请先登记该住户，或选择作为新住户登记"
    static let householdUnchanged = "住户信息没有变化：请修改需要更新的栏目"
    static let workerInactive = "走访人已停用，不能登记走访"
    static let recordVisits = "登记走访"
    static func alreadyCorrected(_ id: Int64, by later: Int64) -> String {
        "第 \(id) 号走访记录已由第 \(later) 号记录更正：请更正最新的一条"
    }
    static let correctionChangesNothing = "更正后的内容与原记录相同：请修改需要更正的栏目"

    // MARK: - Imports

    static let householdsHeader = ["楼室号", "户主姓名", "家庭成员情况", "联系电话", "标签", "片区"]
    static let visitsHeader = ["走访时间", "走访人", "走访居民姓名", "楼室号", "家庭成员情况", "走访事由", "困难或诉求", "备注", "走访类型"]
    static let importNoRows = "文件中没有数据行"

    static func importColumns(_ expected: [String]) -> String {
        "本行应有 \(expected.count) 列：\(expected.joined(separator: ","))"
    }
    static func importDuplicateRoom(firstLine: Int) -> String { "楼室号与第 \(firstLine) 行重复" }
    static let importRoomInDatabase = "楼室号已在住户登记簿中"
    static func importUnknownWorker(_ name: String) -> String { "走访人“\(FieldText.echo(name))”不在人员名单中（或已停用）" }
    static let importUnknownRoom = "楼室号不在住户登记簿中（加 --add-households 可同时登记为新住户）"
}
