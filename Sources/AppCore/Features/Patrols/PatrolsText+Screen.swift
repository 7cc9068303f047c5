import Domain

/// The Chinese text of the 巡查 page (F5), in one place.
enum PatrolsText {
    static func title(_ month: Month, patrols: Int) -> String { "网格巡查 · \(month.chinese)（巡查 \(patrols) 次）" }
    static func overdueTitle(_ days: Int) -> String { "网格巡查 · 逾期未办结（发现后超过 \(days) 天，本程序取值）" }
    static let recordTitle = "记录巡查"
    static func closeTitle(_ id: Int64) -> String { "办结第 \(id) 号问题" }
    static let none = "本月没有巡查记录"
    static let noneOverdue = "没有逾期未办结的问题"
    static let nothingFound = "（未发现问题）"
    static let open = "未办结"
    static let dateLabel = "日期"
    static let patrollersLabel = "巡查人员"
    static let zoneLabel = "片区"
    static let buildingsLabel = "楼组"
    static let categoryLabel = "问题类别"
    static let placeLabel = "位置"
    static let problemLabel = "问题"
    static let handlingLabel = "处理方式"
    static let referenceLabel = "案件/会议号"
    static let closedOnLabel = "办结日期"
    static let outcomeLabel = "处理结果"
    static let namesHint = "以、分隔"
    static let problemHint = "未发现问题可空"
    static let referenceHint = "转网格中心填案件编号"
    static let columns = ["编号", "日期", "片区", "类别", "问题", "处理", "状态"]
    static func recorded(_ p: Patrol) -> String { "已记录 \(p.date.iso) \(p.zone) 的巡查" + (p.findings.isEmpty ? "" : "，问题编号 #\(p.findings[0].id)") }
    static func closed(_ id: Int64) -> String { "第 \(id) 号问题已办结" }
    static let notOpen = "这一行没有未办结的问题"
    static func detail(_ r: PatrolsState.Row) -> [String] {
        var lines = ["\(r.patrol.date.iso) \(r.patrol.zone) \(r.patrol.buildings)  巡查人员：\(r.patrol.patrollers.joined(separator: "、"))"]
        if let f = r.finding {
            lines.append("\(f.category.title) · \(f.place)：\(f.problem)")
            lines.append("处理：\(f.handling.title)")
            lines.append(f.closure.map { "\($0.date.iso) 办结：\($0.outcome)" } ?? open)
        }
        return lines
    }
}
