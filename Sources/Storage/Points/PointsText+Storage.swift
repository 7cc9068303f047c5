import Domain

/// The points storage's evidence lines and refusals: part of `PointsText`, the one home of the points
/// feature's Chinese.
extension PointsText {
    // MARK: - Computed items

    static func onlineReplyEvidence(_ counted: Int) -> String { "“社区治理云平台”线上反馈：满意答复 \(counted) 条" }
    static func receptionEvidence(records: Int, counted: Int) -> String { "《首问接待记录册》办结并经居民签字 \(counted)/\(records) 条" }
    /// "《居民区走访记录》2 户（走访 3 次）": the households the quota counts, then the visits when more.
    static func visitsEvidence(households: Int, visits: Int) -> String {
        "《居民区走访记录》\(households) 户" + (visits > households ? "（走访 \(visits) 次）" : "")
    }
    static func dutyEvidence(shifts: Int, worked: Int) -> String { "《值班签到表》按时 \(worked)/\(shifts) 次" }

    // MARK: - 签名后新增

    static func lateReception(_ id: Int64, day: String) -> String { "第 \(id) 号接待记录（\(day.dropFirst(5))）" }
    static func lateReply(_ id: Int64, day: String) -> String { "第 \(id) 号线上反馈（\(day.dropFirst(5))）" }
    static func lateVisit(_ id: Int64, day: String) -> String { "第 \(id) 号走访记录（\(day.dropFirst(5))）" }
    static func lateShift(_ id: Int64, day: String) -> String { "第 \(id) 号值班（\(day.dropFirst(5))）" }
    static let lateEntered = "录入"
    static let lateSigned = "居民签字"
    static let lateAnswered = "答复"
    static let lateCorrected = "更正"
    static let lateSignedIn = "签到"
    static let lateSignedOut = "签退"

    // MARK: - Refusals

    static func computedItem(_ item: PointsItem) -> String {
        "“\(item.title)”由\(item.evidenceDocument)的记录计算，不能手工填写"
    }
    static func alreadySigned(_ name: String, _ month: Month) -> String {
        "\(name) \(month.chinese)的积分卡已由书记签名，内容不得涂改（积分规则说明 4）；如须修改，请另记更正并写明理由（本程序的做法）"
    }
    static func notSigned(_ name: String, _ month: Month) -> String {
        "\(name) \(month.chinese)的积分卡尚未签名，可直接填写，无须更正"
    }
    static func notAWorker(_ name: String) -> String { "\(name)不是社区工作者，没有积分卡" }
    /// The records changed between the confirmation and the write: nothing written.
    static func recomputeChanged(shown: PointsLine, now: PointsLine, rules: RuleSet) -> String {
        let describe = { LineChangeNote.describe(PointsScorer.score($0, rules: rules)) }
        return "确认之后“\(shown.item.title)”的记录又有变化（确认时为 \(describe(shown))，现为 \(describe(now))），未重算；"
            + "请重新查看签名后新增的记录，再按重算"
    }
    static let damagedLines = "积分卡内容无法读取（数据损坏）"

    // MARK: - Import

    public static func badMonth(_ text: String) -> String { "月份应写成 YYYY-MM（如 2026-11），不能是“\(FieldText.echo(text))”" }
    public static func unknownWorker(_ name: String) -> String { "“\(FieldText.echo(name))”不是在用的社区工作者" }

    // MARK: - Yearly totals

    static func totalsBadHeader(_ header: [String]) -> String { "表头应为“\(header.joined(separator: ","))”" }
    static let totalsUnsigned = "文件末两行应为居委会公钥和签名（公钥,…／签名,…）：文件不完整或不是 export points 导出的，未导入"
    static let totalsUnsignedOldFormat = "文件只有 SHA-256 校验值，没有居委会签名（校验值谁都能重算，不能证明来源），未导入；请该居委会用新版本 export points 重新导出"
    static let totalsBadSignature = "签名不符：文件在导出后被改动、不完整或不是用所附公钥签名的，未导入"
    static let totalsOneCommittee = "一个年度积分文件只能是一个居委会的（由该居委会的密钥签名），未导入"
    /// Neither refusal shows the file's fingerprint: the one typed after `--trust` must be the one
    /// heard over the phone, never one copied from this message.
    static func totalsUnknownKey(_ committee: String) -> String {
        "尚未信任\(committee)的公钥，未导入。请电话向该居委会要来公钥指纹（对方运行 baishihui key 可见，如 3f2a-91bc-07de-55aa），"
            + "加 --trust 指纹 再导入一次；以后该居委会的文件自动核对"
    }
    static func totalsFingerprintMismatch(_ typed: String) -> String {
        "--trust 给出的指纹 \(typed) 与本文件签名公钥的指纹不同：文件不是电话核对过的那个居委会签名的，未导入"
    }
    static func totalsWrongKey(_ committee: String, _ fingerprint: String, _ trusted: String) -> String {
        "本文件由指纹 \(fingerprint) 的公钥签名，而已信任的\(committee)公钥指纹是 \(trusted)：不是该居委会签名的文件，未导入"
    }
    static func totalsYearOutOfRange(_ year: Int, _ first: Int, _ last: Int) -> String {
        "年度 \(year) 不在 \(first)–\(last) 之间（不早于 \(first) 年，为本程序取值；不晚于今年），未导入"
    }
    static func totalsMonthsOutOfRange(_ months: Int) -> String { "已签名月数 \(months) 不在 1–12 之间，未导入" }
    static func totalsOutOfRange(_ total: Int, months: Int, range: ClosedRange<Int>, floor: Int, ceiling: Int) -> String {
        "年度积分 \(Points.format(total)) 不是 \(months) 张已签名积分卡能合计出的（应在 \(Points.format(range.lowerBound))"
            + " 到 \(Points.format(range.upperBound)) 之间：每月 \(Points.format(floor)) 到 \(Points.format(ceiling)) 分，本程序取值），未导入"
    }
    static func totalsBadRow(_ header: [String]) -> String { "此行应有 \(header.count) 栏：\(header.joined(separator: ","))，年度积分为一位小数" }
    static let totalsOwnCommittee = "这是本居委会自己的积分：本居委会的年度积分由已签名的积分卡直接计算，无须导入"
    static func totalsAlreadyImported(_ committee: String, _ year: Int) -> String {
        "\(committee) \(year) 年的积分已导入过，不能重复导入"
    }
}
