import Domain

/// The visit tab's screen text: part of `VisitsText` (Domain), the feature's one home of Chinese.
extension VisitsText {
    // MARK: - Panel

    static let loading = "正在读取走访记录……"

    /// "本月已走访 22/30 户 · 剩余 9 个工作日，每日需 1 户 · 预计得分 10.0".
    static func panel(_ f: VisitForecast, quota: Int) -> String {
        let pace: String
        if f.needed == 0 { pace = "已完成本月任务" }
        else if let perDay = f.neededPerDay { pace = "剩余 \(f.remainingWorkingDays) 个工作日，每日需 \(perDay) 户" }
        else { pace = "本月已无工作日，还差 \(f.needed) 户" }
        return "本月已走访 \(f.householdsSoFar)/\(quota) 户 · \(pace) · 预计得分 \(Points.format(f.projectedScore))"
    }

    /// "2026年10月已结束：28/30 户 · 得分 9.0 · 普陀区…（2017）": a month that is over, and the rule set that scored it.
    static func finalPanel(_ f: VisitForecast, quota: Int, ruleSet: String) -> String {
        "\(f.month.chinese)已结束：\(f.householdsSoFar)/\(quota) 户 · 得分 \(Points.format(f.projectedScore)) · \(ruleSet)"
    }
    static let noLaterMonth = "已是本月：] 只能回到较近的月份"

    // MARK: - Screens

    static func monthTitle(_ count: Int, user: String, month: Month? = nil) -> String {
        "\(month?.chinese ?? "本月")走访记录 · \(user) · \(count) 条" + (month == nil ? "" : " · [ ] 换月")
    }
    static func noVisits(_ k: KeyNamer) -> String { "本月还没有走访记录：按 \(k(.add)) 登记走访。" }
    static func noVisitsIn(_ month: Month) -> String { "\(month.chinese)没有走访记录：按 ] 回到较近的月份。" }
    static func formTitle(_ worker: String) -> String { "登记走访 · 走访人：\(worker)" }
    static func dueTitle(overdue: Int, stale: Int, zone: String?, months: Int, shown: Int? = nil) -> String {
        "特殊对象逾期 \(overdue) 户 · \(months) 个月未走访 \(stale) 户 · " + (zone.map { "片区：\($0)" } ?? "全部片区")
            + (shown.map { " · 各列最久的 \($0) 户" } ?? "")
    }
    static let nothingDue = "没有逾期的特殊对象，也没有长期未走访的住户。"
    static func teamTitle(_ month: Month) -> String { "\(month.chinese) 全员走访进度" }
    static func noWorkers(_ k: KeyNamer) -> String { "还没有社工：按 \(k(.people)) 在人员管理中添加。" }
    static let overdueKind = "逾期"
    static let staleKind = "久未访"

    // MARK: - Household page

    static func householdTitle(_ h: Household) -> String { "住户：\(h.room)" }
    static func householdLines(_ h: Household) -> [String] {
        ["户主：\(h.head.isEmpty ? "—" : h.head)    电话：\(h.phone.isEmpty ? "—" : Phone.masked(h.phone))    片区：\(h.zone ?? "—")",
         "标签：\(h.tags.isEmpty ? "—" : HouseholdTags.describe(h.tags))    家庭成员：\(h.members.isEmpty ? "—" : h.members)"]
    }
    static func historyTitle(_ count: Int, receptions: Int) -> String {
        "走访与接待（新的在前）· 走访 \(count) 次 · 首问接待 \(receptions) 次"
    }
    static let noHistory = "尚无走访记录，也没有写明此楼室号的首问接待记录。"
    static func householdFormTitle(_ h: Household) -> String { "修改住户：\(h.room) · 旧值记入审计日志" }
    static let headLabel = "户主姓名"
    static let phoneLabel = "联系电话"
    static func phoneHint(_ phone: String) -> String {
        (phone.isEmpty ? "现无" : "现 \(Phone.masked(phone))") + " · 留空不改，- 删除"
    }
    static let tagsLabel = "标签"
    static func tagsHint(_ tags: [String]) -> String { "以、分隔：" + tags.joined(separator: "、") }
    static func householdUpdated(_ h: Household, _ changes: [FieldChange]) -> String {
        "已修改 \(h.room)：\(HouseholdChanges.labels(changes))"
    }
    static func householdKeys(_ k: KeyNamer) -> String { "接待记录按楼室号列入 · \(k(.followUpVisit)) 把所选走访的困难或诉求转首问接待跟进" }

    // MARK: - Follow-ups for the reception desk

    /// "已转首问接待第 8 号·待回复·2026-12-02 前答复（3 个工作日，本程序取值，可在规则文件中修改）", and
    /// "；2027 年节假日未载入，按周一至周五计算" when the count ran into a year the calendar does not know.
    static func followedUp(_ r: ReceptionRecord, rules: RuleSet?, calendar: WorkingDayCalendar) -> String {
        let note = r.content.replyDue.flatMap { calendar.uncoveredNote(from: r.content.date.adding(days: 1), through: $0) }
        return "已转首问接待第 \(r.id) 号·\(r.status.title)·\(r.content.replyDue?.iso ?? "—") 前答复"
            + "（\(rules?.reception.replyWorkingDays ?? 3) 个工作日，\(RuleSet.localValue)）" + (note.map { "；\($0)" } ?? "")
    }
    /// "接待·待回复": the type column of a reception record on a household's page.
    static func receptionKind(_ r: ReceptionRecord) -> String { "接待·" + r.status.title }

    // MARK: - Form

    static let time = "走访时间"
    static let resident = "走访居民姓名"
    static let room = "楼室号"
    static let members = "家庭成员情况"
    static let reason = "走访事由"
    static let difficulty = "困难或诉求"
    static let remark = "备注"
    static let kind = "走访类型"
    static func roomHint(_ k: KeyNamer) -> String { "\(k(.nextField)) 补全" }
    static func candidates(_ rooms: [String]) -> String { "候选：" + rooms.joined(separator: "、") }
    static func newRoom(_ room: String, _ k: KeyNamer) -> String {
        "住户登记簿中没有“\(room)”：再按 \(k(.submit)) 将其登记为新住户（户主为走访居民）并保存"
    }
    static func saved(_ v: VisitRecord, _ f: VisitForecast, quota: Int) -> String {
        "已登记走访：\(v.room) \(v.residentName) · 本月已走访 \(f.householdsSoFar)/\(quota) 户"
    }

    // MARK: - Printed form

    static let sheetTitle = "居民区走访记录"
    static func sheetNumber(_ id: Int64) -> String { "编号：\(id)" }
    static let visitor = "走访人"
    static func sheetKind(_ kind: VisitKind) -> String { "走访类型：\(kind.title)" }
    static func sheetDialog(_ k: KeyNamer) -> String { "走访记录单 · ↑↓ 滚动 · \(k(.cancel)) 关闭" }
    static let noVisitSelected = "请先在列表中选中一条走访记录"
    static func openHouseholdFirst(_ k: KeyNamer) -> String { "请先按 \(k(.openHousehold)) 打开一户住户的页面" }
    static func sheetCorrects(_ c: VisitCorrection) -> String {
        "本记录更正第 \(c.corrects) 号记录（\(c.byName) 于 \(VisitTime.format(c.at)) 更正），理由：\(c.reason)"
    }
    static func sheetChange(_ change: FieldChange) -> String { "  · " + change.sentence }
    static func sheetCorrectedBy(_ id: Int64) -> String { "本记录已由第 \(id) 号记录更正，以更正后的记录为准" }

    // MARK: - Corrections

    static func correctTitle(_ v: VisitRecord) -> String { "更正第 \(v.id) 号走访记录 · 走访人：\(v.workerName) · 原记录保留不改" }
    static let correctionReason = "更正理由"
    static func alreadyCorrected(_ id: Int64) -> String { "这条记录已由第 \(id) 号记录更正：请更正最新的一条" }
    static func corrected(_ v: VisitRecord, _ k: KeyNamer) -> String {
        "已更正：第 \(v.correction?.corrects ?? 0) 号记录由第 \(v.id) 号取代，原记录保留（按 \(k(.visitSheet)) 查看）"
    }
    static let correctedMark = "〔更正〕"

    // MARK: - Zones

    static func zoneTitle(_ name: String) -> String { "分配片区：\(name)" }
    static let zoneLabel = "片区"
    static let zoneHint = "留空表示不分配"
    static func zoneAssigned(_ p: Person) -> String { "已将 \(p.name) 的片区设为：\(p.zone ?? "无")" }
}
