import Domain

/// Every Chinese string of the 积分卡 tab, kept together.
enum PointsText {
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
    static func reminders(_ list: [PointsReminder]) -> String {
        "往月未签名：" + list.prefix(6).map { "\($0.name) \($0.month.description)" }.joined(separator: "、")
            + (list.count > 6 ? " 等 \(list.count) 张" : "")
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
    static let back = "Esc 返回积分卡"

    // MARK: - Forms

    static let addTitle = "填写积分项目（书记）"
    static let amendTitle = "更正已签名的积分卡（书记）"
    static let itemLabel = "分项"
    static let quantityLabel = "数量/等级"
    static let pointsLabel = "得分"
    static let evidenceLabel = "计分依据"
    static let reasonLabel = "更正理由"
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
    static let evidenceHint = "扣分项填会议记录编号"
    static let reasonHint = "必填，与原内容一并保留"

    // MARK: - Refusals and notes

    static let onlySecretary = "只有书记可以填写、签名或更正积分卡"
    static let alreadySigned = "本卡已签名，内容不得涂改；如须修改请按 m 更正并写明理由（积分规则说明 4）"
    static let notSignedYet = "本卡尚未签名，可直接填写（a），无须更正"
    static let selectItem = "请先在积分卡上选择一个分项"
    static let selectWorker = "请在列表中选择一位社工"
    static func receptionRecords(_ evidence: String) -> String { "\(evidence)；每条记录见 首问接待 标签的历史查询（Ctrl-R）" }
    static func replyRecords(_ evidence: String) -> String { "\(evidence)；每条见 首问接待 标签的线上反馈（Ctrl-O）" }
    static let notComputed = "该分项由书记填写，下面是已填写的内容"
}
