import Domain

/// Every Chinese sentence about the points card that Storage shows, kept together.
enum PointsMessages {
    // MARK: - Computed items

    static func onlineReplyEvidence(_ counted: Int) -> String { "“社区治理云平台”线上反馈：满意答复 \(counted) 条" }
    static func receptionEvidence(records: Int, signed: Int) -> String { "《首问接待记录册》居民签字 \(signed)/\(records) 条" }
    static func visitsEvidence(records: Int) -> String { "《居民区走访记录》\(records) 条" }
    static func dutyEvidence(shifts: Int, worked: Int) -> String { "《值班签到表》按时 \(worked)/\(shifts) 次" }

    // MARK: - Refusals

    static func computedItem(_ item: PointsItem) -> String {
        "“\(item.title)”由\(item.evidenceDocument)的记录计算，不能手工填写"
    }
    static func alreadySigned(_ name: String, _ month: Month) -> String {
        "\(name) \(month.chinese)的积分卡已由书记签名，内容不得涂改；如须修改，请以更正方式进行并写明理由（积分规则说明 4）"
    }
    static func notSigned(_ name: String, _ month: Month) -> String {
        "\(name) \(month.chinese)的积分卡尚未签名，可直接填写，无须更正"
    }
    static func notAWorker(_ name: String) -> String { "\(name)不是社区工作者，没有积分卡" }
    static let futureMonth = "还没到的月份不能签名"
    static let damagedLines = "积分卡内容无法读取（数据损坏）"

    // MARK: - Import

    static func badMonth(_ text: String) -> String { "月份应写成 YYYY-MM（如 2026-11），不能是“\(FieldText.echo(text))”" }
    static func unknownWorker(_ name: String) -> String { "“\(FieldText.echo(name))”不是在用的社区工作者" }

    // MARK: - Yearly totals

    static func totalsBadHeader(_ header: [String]) -> String { "表头应为“\(header.joined(separator: ","))”" }
    static let totalsNoChecksum = "文件末行应为 SHA-256 校验值（SHA-256,…）：文件不完整"
    static let totalsBadChecksum = "SHA-256 校验值不符：文件在导出后被改动或不完整，未导入"
    static func totalsBadRow(_ header: [String]) -> String { "此行应有 \(header.count) 栏：\(header.joined(separator: ","))，年度积分为一位小数" }
    static let totalsOwnCommittee = "这是本居委会自己的积分：本居委会的年度积分由已签名的积分卡直接计算，无须导入"
    static func totalsAlreadyImported(_ committee: String, _ year: Int) -> String {
        "\(committee) \(year) 年的积分已导入过，不能重复导入"
    }
}
