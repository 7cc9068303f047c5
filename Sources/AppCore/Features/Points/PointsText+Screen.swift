import Domain

/// The 积分卡 tab's screen text: part of `PointsText`, the one home of the points feature's Chinese, whose
/// card-line sentences are in Domain and whose storage, runtime and command-line messages extend it in their layers.
extension PointsText {
    // MARK: - Text

    static let loading = "正在读取积分卡…"
    static let cardColumns = ["类别", "分项", "计分标准", "计分依据", "得分"]
    static let overviewColumns = ["姓名", "当月积分合计", "状态", "说明"]
    static let pageCard = "积分卡"
    static let pageOverview = "全体社工"
    static func pageRecords(_ item: PointsItem) -> String { "\(item.title)·记录" }
    static func heading(_ name: String, _ month: Month) -> String { "\(name) \(month.chinese) 积分卡" }
    static func total(_ text: String) -> String { "当月积分合计 \(text) 分" }
    static let unsignedCard = "未签名"
    static func signed(_ s: Signature) -> String { "书记签名：\(s.name) \(s.date.iso)" }
    static let amended = "已更正"
    static let zeroed = "清零"
    static func reminders(_ list: [PointsReminder], count: Int) -> String {
        "往月未签名：" + list.prefix(PointsReminder.shown).map { "\($0.name) \($0.month.description)" }.joined(separator: "、")
            + (count > PointsReminder.shown ? " 等 \(count) 张" : "")
    }
    static let noReminders = "往月积分卡均已签名"

    // MARK: - Records behind an item

    static let visitColumns = ["日期", "楼室号", "走访居民", "走访事由"]
    static let dutyColumns = ["日期", "时段", "类型", "状态"]
    static let lineColumns = ["计分内容", "得分", "计分依据"]
    static func visitsSummary(_ households: Int, _ records: Int) -> String { "本月走访记录 \(records) 条，不同住户 \(households) 户" }
    static let noRecords = "本项本月没有记录"
    static func visitDetail(_ v: VisitRecord) -> String {
        "第 \(v.id) 号走访记录：\(v.date.iso) \(v.room) \(v.residentName)，事由：\(v.reason)"
            + (v.difficulty.isEmpty ? "" : "；困难或诉求：\(v.difficulty)") + (v.remark.isEmpty ? "" : "；备注：\(v.remark)")
    }
    static func back(_ k: KeyNamer) -> String { "\(k(.cancel)) 返回积分卡" }
    static func backToList(_ k: KeyNamer) -> String { "\(k(.cancel)) 返回记录列表" }

    // MARK: - The year's ranking

    static let pageRanking = "年度排行"
    static let loadingRanking = "正在计算年度排行…"
    static let rankingColumns = ["名次", "姓名", "居委会", "街镇", "年度积分", "推荐", "来源"]
    static let eligible = "可推荐"
    static func rankingTitle(_ year: Int, _ clause: String, count: Int, _ k: KeyNamer) -> String {
        "\(year) 年度积分排行榜（\(clause)）· \(count) 人；\(k(.pointsRanking)) 或 \(k(.cancel)) 返回"
    }
    static func noRanking(_ year: Int) -> String { "\(year) 年还没有已签名的积分卡，也没有导入的年度积分" }
    static func importedFrom(_ committee: String, _ day: LocalDate) -> String { "\(committee)（\(day.iso) 导入）" }
    static func importedNote(_ list: [String]) -> String { "导入的年度积分（已核对居委会签名）：" + list.joined(separator: "、") }
    static let receptionColumns = ["接待时间", "楼室号", "居民", "咨询内容", "计分"]
    static let replyColumns = ["答复时间", "渠道", "问询内容", "是否满意"]
    static let countedMark = "计分"
    static let openMark = "未办结"
    static let unsignedMark = "未签字"
    static let satisfiedMark = "满意"
    static let unsatisfiedMark = "不满意"
    static let unratedMark = "未评价"
    /// Whether a reception record counts: "计分", or why not ("未办结", "未签字").
    static let lateMark = "签名后"
    /// Whether a reception record counts: "计分", or why not ("未办结", "未签字", "签名后": it
    /// reached the signed card later and waits for the secretary's recomputation).
    static func receptionMark(_ r: ReceptionRecord, late: Set<Int64>) -> String {
        if r.pointsFact.counts { return late.contains(r.id) ? lateMark : countedMark }
        return r.isCompleted ? unsignedMark : openMark
    }
    static func receptionDetail(_ r: ReceptionRecord, late: Set<Int64>, _ k: KeyNamer) -> String {
        let why = r.pointsFact.counts ? (late.contains(r.id) ? "已办结，居民已签字，但在积分卡签名后写入：书记重算后才计分" : "已办结，居民已签字，计分")
            : r.isCompleted ? "居民未签字，不计分" : "\(r.content.outcome.title)，未办结，不计分"
        return "第 \(r.id) 号接待记录：\(r.content.residentName) \(r.content.category)，\(why)；\(k(.open)) 查看全文"
    }
    static func replyDetail(_ r: OnlineReply, rules: RuleSet) -> [String] {
        let c = r.content
        return ["第 \(r.id) 号线上反馈（\(c.channel)）", "收到时间：\(VisitTime.format(c.receivedAt))", "问询内容：\(c.question)",
                "答复内容：\(c.answer)", "答复人：\(r.answererName)    答复时间：\(c.answeredAt.map(VisitTime.format) ?? "")",
                "是否满意：\(c.satisfied.map { $0 ? satisfiedMark : unsatisfiedMark } ?? unratedMark)",
                OnlineReplyPoints.evaluate(r, rules: rules).message]
    }

    // MARK: - Forms

    static let addTitle = "填写积分项目（书记）"
    static let amendTitle = "更正已签名的积分卡（书记）"
    static let itemLabel = "分项"
    static let quantityLabel = "数量/等级"
    static let pointsLabel = "得分"
    static let evidenceLabel = "计分依据"
    static let reasonLabel = "更正理由"
    static let changeLabel = "更正方式"
    static func sameItem(_ item: PointsItem, _ k: KeyNamer) -> String { "改值只能改同一分项（原为“\(item.title)”）；其他分项请在该分项上按 \(k(.pointsAmend)) 补记" }
    static func chooseLine(_ item: PointsItem, _ count: Int, _ k: KeyNamer) -> String {
        "“\(item.title)”有 \(count) 行：按 \(k(.open)) 列出后选定一行再按 \(k(.pointsAmend))"
    }
    static func recomputeTitle(_ item: PointsItem) -> String { "按记录重算“\(item.title)”（签名后新增）" }
    static func lateRecords(_ list: String) -> String { "签名后写入的记录：\n\(list)" }
    static let lateNoRecords = "（签名后没有新写入的记录，按现有记录重算）"
    static func reasonIs(_ reason: String) -> String { "更正理由：\(reason)" }
    static let recomputeKeeps = "原签名及签名时的内容保留不变（积分规则说明 4：内容一经填写不得涂改）；重算另存为一条新的更正（本程序的做法）。"
    static let recomputeYes = "重算"
    static let recomputeCancelled = "未重算，积分卡保持原样"
    static let recomputeHint = "必填"
    static func lateNote(_ summary: String, _ k: KeyNamer) -> String { "签名后新增（未计入）\(summary)；按 \(k(.pointsAmend)) 重算" }
    static func lateRecordsOf(_ late: LateAddition) -> String {
        late.records.isEmpty ? lateNoRecords : "签名后写入：" + late.records.map(\.sentence).joined(separator: "；")
    }
    static func noLateAddition(_ item: PointsItem) -> String {
        "“\(item.title)”由各模块的记录自动计算，签名后记录没有变化，无须更正；记录有误请更正其记录（本程序的做法：计算的分项只按记录计分）"
    }
    static func signedWas(_ text: String) -> String { "原签名：\(text)" }
    /// What 数量/等级 takes for `item`.
    static func quantityHint(_ item: PointsItem) -> String {
        switch item.claimKind {
        case .count: return "\(item.unit)数，整数"
        case .award: return "个人或集体 + 市级/区级/街镇级，如“个人区级”"
        case .inspection: return "“个人”或“居委会”（获得优秀等次）"
        case .contest: return "“参赛”或“一等奖”“二等奖”“三等奖”"
        case .deduction, .breach, .households: return "不填"
        }
    }
    static let pointsHint = "可不填，按规则计算；扣分项填负数；安全守纪填“清零”"
    static let evidenceHint = "扣分项填班子会议决定编号，如 #12-2"
    static let reasonHint = "必填，与原内容一并保留"

    // MARK: - Refusals and notes

    static func alreadySigned(_ k: KeyNamer) -> String { "本卡已签名，内容不得涂改（积分规则说明 4）；如须修改请按 \(k(.pointsAmend)) 另记更正并写明理由（本程序的做法）" }
    static func signTitle(_ name: String, _ month: Month) -> String { "签名确认：\(name) \(month.chinese)积分卡" }
    static func signAllTitle(_ month: Month) -> String { "签名确认：\(month.chinese)全部未签名的积分卡" }
    static func signItems(_ items: [String]) -> String { items.isEmpty ? "本卡没有任何计分项目" : "本卡计分：" + items.joined(separator: "；") }
    static func signAllCount(_ count: Int) -> String { "将一次签名 \(count) 张积分卡：" }
    static let signFreezes = "签名后积分卡内容不得涂改（积分规则说明 4：内容一经填写不得涂改）；如须修改，只能另记更正并写明理由（本程序的做法）。"
    static let signYes = "签名"
    static let signCancelled = "未签名，积分卡保持原样"
    static func reviewFirst(_ k: KeyNamer) -> String { "请先在全体社工页核对各人积分，再按 \(k(.pointsSignAll)) 全部签名" }
    static func allSigned(_ month: Month) -> String { "\(month.chinese)的积分卡都已签名" }
    static let notSignedYet = "本卡尚未签名，可直接填写（a），无须更正"
    static let selectItem = "请先在积分卡上选择一个分项"
    static let selectWorker = "请在列表中选择一位社工"
    static func receptionRecords(_ evidence: String, _ k: KeyNamer) -> String { "\(evidence)；本月本人的接待记录如下，\(k(.open)) 查看一条" }
    static func replyRecords(_ evidence: String, _ k: KeyNamer) -> String { "\(evidence)；本月本人答复的问询如下，\(k(.open)) 查看一条" }
    static let notComputed = "该分项由书记填写，下面是已填写的内容"
}
