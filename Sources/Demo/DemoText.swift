import Domain

/// The sentences of the demo records: reasons for visits, residents' questions and their answers.
enum DemoText {
    static let specialTags: Set<String> = ["独居老人", "困难家庭", "特殊对象"]

    static let visitReasons = ["日常走访", "了解家庭近况", "垃圾分类宣传", "反诈宣传", "政策宣传", "人口信息核对",
                               "节日慰问", "征求居民意见", "消防安全检查"]
    static let specialReasons = ["独居老人探望", "困难家庭慰问", "了解身体状况", "送助餐服务信息", "特殊对象定期走访"]
    static let difficulties = ["楼道灯坏了，希望尽快修", "想申请老年助餐", "家中卫生间漏水影响楼下", "子女不在身边，行动不便",
                               "想了解高龄津贴", "门口停车占道", "希望加装扶手"]

    static let policyQuestions = ["咨询%的办理条件", "问%需要带哪些材料", "%去哪里办理", "代家人咨询%"]
    static let otherMatters: [(String, String)] = [
        ("物业管理", "楼道灯不亮，请帮忙报修"), ("邻里纠纷", "楼上漏水影响我家"), ("环境卫生", "垃圾箱房异味大"),
        ("社区活动", "老年活动室开放时间"), ("房屋管理", "外墙空调架松动"), ("治安", "小区门口有人散发小广告"),
        ("证明开具", "开具居住证明"), ("停车管理", "小区停车位怎么申请"),
    ]
    static let replies = ["已联系物业处理完毕", "已核实并电话告知居民", "已转街道并反馈办理结果", "已上门说明政策",
                          "已协调双方达成一致"]

    static func action(_ outcome: ReceptionOutcome, department: String) -> String {
        switch outcome {
        case .done: return "当场解答并告知材料清单"
        case .referred: return "已转\(department)办理"
        case .appointment: return "已预约下次来办"
        case .awaitingReply: return "已登记，核实后答复"
        }
    }

    static let channels = ["社区治理云平台", "居民微信群", "随申办"]
    static let onlineQuestions: [(String, String)] = [
        ("垃圾分类投放时间是几点？", "每天 7:00–9:00、18:00–20:00 定时投放"),
        ("小区什么时候停水？", "物业通知本周四 9:00–15:00 停水检修"),
        ("居住证明在哪里开？", "工作日到居委会一楼首问接待窗口办理"),
        ("老年活动室周末开放吗？", "周六上午开放，周日闭馆"),
        ("楼下电瓶车充电有隐患", "已通知物业清理并张贴告示"),
        ("疫苗接种在哪里预约？", "可通过健康云预约社区卫生服务中心"),
        ("高龄津贴怎么申请？", "年满 70 周岁可到街道受理中心申请，带身份证和户口簿"),
    ]

    // MARK: - Funds

    static let payees: [ExpenseCategory: [String]] = [
        .office: ["得力文具店", "晨光办公用品", "好德便利店", "曹杨打印社"],
        .communityService: ["百联超市", "联华超市", "社区老年协会"],
        .selfGovernance: ["楼组长联谊会", "曹杨打印社", "家得利家政服务社"],
        .massActivity: ["社区文艺团队", "百联超市", "普陀区文化馆"],
        .careAndHelp: ["联华超市", "上海慈善基金会普陀分会"],
        .convenience: ["便民维修服务队", "家得利家政服务社"],
        .relief: ["困难家庭临时救助（代发）"],
        .residentProjects: ["申工建筑装潢公司", "楼组自治小组"],
        .volunteerService: ["社区志愿者服务队", "普陀区志愿者协会"],
    ]

    static let plan: [(FundKind, ExpenseCategory, String, Int64)] = [
        (.committee, .office, "办公用品及耗材", 30_000_00), (.committee, .communityService, "社区服务活动", 40_000_00),
        (.committee, .selfGovernance, "楼组自治活动", 30_000_00), (.party, .massActivity, "邻里节活动", 40_000_00),
        (.party, .careAndHelp, "困难群众关爱", 30_000_00), (.party, .convenience, "便民服务日", 30_000_00),
        (.foundation, .relief, "困难家庭临时救助", 30_000_00), (.foundation, .residentProjects, "楼道微更新", 40_000_00),
        (.foundation, .volunteerService, "志愿者培训", 30_000_00),
    ]
}
