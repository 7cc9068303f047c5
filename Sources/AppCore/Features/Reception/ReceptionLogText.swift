import Domain

/// Every Chinese string of the reception log (the form, the lists, a record in full), kept together.
enum ReceptionLogText {
    // MARK: - Form

    static let time = "接待时间"
    static let resident = "来访居民姓名"
    static let room = "楼室号"
    static let phone = "联系电话"
    /// The phone box's hint in a correction by a worker who did not receive the resident: the number stays masked.
    static func hiddenPhoneHint(_ phone: String) -> String { "现 \(Phone.masked(phone)) · 留空不改，- 删除" }
    /// The phone box's hint once the room names a household with a number.
    static func registryPhoneHint(_ phone: String) -> String { "登记簿：\(phone) · 留空即用此号" }
    static let category = "事项类别"
    static let policy = "政策事项"
    static let question = "咨询内容"
    static let action = "办理情况"
    static let outcome = "办理结果"
    static let department = "转办部门"
    static let due = "答复期限"
    static let reason = "更正理由"
    static let replyText = "答复内容"
    static let satisfaction = "居民满意度"
    static let text = "内容"
    static let from = "日期从"
    static let through = "日期至"
    static func roomHint(_ k: KeyNamer) -> String { "\(k(.nextField)) 补全，可填登记簿外的地址" }
    static let categoryHint = "条线，如 社会救助"
    static func policyHint(_ k: KeyNamer) -> String { "在此按 \(k(.submit)) 查找政策库" }
    static let departmentHint = "转办时必填"
    static let dueHint = "待回复时必填"
    static let reasonHint = "签字后的记录只能更正"
    static let badDue = "答复期限应写作 YYYY-MM-DD"
    static let reasonNeeded = "更正须写明理由"
    static func unlinkedPolicy(_ k: KeyNamer) -> String { "政策事项须从政策库中选取：在此按 \(k(.submit)) 查找，或清空此项" }
    static func badTime(now: String) -> String { "接待时间应写作 YYYY-MM-DD HH:MM，且不晚于现在（\(now)）" }
    static func formTitle(_ worker: String) -> String { "新建接待记录 · 接待人：\(worker)" }
    static func amendTitle(_ id: Int64) -> String { "更正接待记录 No.\(id)（原记录保留）" }
    static func replyTitle(_ r: ReceptionRecord) -> String {
        "答复 No.\(r.id) · \(r.content.residentName) · \(r.content.question)"
    }
    static func pickTitle(_ k: KeyNamer) -> String { "选择政策事项：\(k(.open)) 关联到接待记录，\(k(.cancel)) 返回表单" }

    // MARK: - Lists

    static func todayTitle(_ day: LocalDate, count: Int, signed: Int) -> String {
        "今日接待 · \(day.iso) · \(count) 条 · 已签字 \(signed) 条"
    }
    static func followUpsTitle(_ count: Int, overdue: Int, _ k: KeyNamer) -> String {
        "待回复 \(count) 条 · 逾期 \(overdue) 条（逾期在前）· \(k(.reply)) 答复即办结"
    }
    static func historyTitle(_ k: KeyNamer) -> String { "接待记录查询：内容查咨询、办理情况、部门和政策；填好后按 \(k(.submit))" }
    static func found(_ count: Int, _ k: KeyNamer) -> String { "找到 \(count) 条；\(k(.open)) 查看，\(k(.history)) 修改条件" }
    static func usageTitle(_ item: PolicyItem, _ count: Int) -> String { "使用“\(item.title)”的接待记录 · \(count) 条" }
    static func noneToday(_ k: KeyNamer) -> String { "今天还没有接待记录：按 \(k.all(.add)) 新建。" }
    static let noFollowUps = "没有待回复的事项。"
    static let nothingFound = "没有符合条件的接待记录。"
    static let columns = ["时间", "居民", "楼室号", "类别", "咨询内容", "结果", "签字"]
    static let followColumns = ["答复期限", "状态", "居民", "咨询内容", "接待人"]
    static func overdueMark(_ days: Int) -> String { days > 0 ? "！逾期\(days)天" : (days == 0 ? "今天到期" : "还有\(-days)天") }
    static let signedMark = "已签"
    static let unsignedMark = "未签"
    static let badDate = "日期应写作 YYYY-MM-DD"

    // MARK: - A record

    static func recordTitle(_ r: ReceptionRecord) -> String {
        "接待记录 No.\(r.id) · 接待人：\(r.workerName) · " + (r.isSigned ? "居民已签字" : "居民未签字")
    }
    static func signed(_ s: ReceptionRecord.Signature) -> String { "居民已签字（\(VisitTime.format(s.at)) 由 \(s.byName) 登记）" }
    static func replied(_ r: ReceptionReply) -> String {
        "答复：\(r.text)（\(VisitTime.format(r.at)) \(r.byName)，居民\(r.satisfaction.title)）"
    }
    /// "居民在触摸屏评价：基本满意（等候时间长） 2026-11-03 10:12".
    static func rated(_ r: ResidentRating) -> String {
        "居民在触摸屏评价：\(r.level.title)" + (r.reason.map { "（\($0)）" } ?? "") + " \(VisitTime.format(r.at))"
    }
    static func amendment(_ a: ReceptionAmendment, _ index: Int) -> String {
        "更正 \(index)：\(VisitTime.format(a.at)) \(a.byName)，理由：\(a.reason)"
    }
    static func changed(_ label: String, _ old: String, _ new: String) -> String {
        "    \(label)：原为“\(old.isEmpty ? "（空）" : old)”，改为“\(new.isEmpty ? "（空）" : new)”"
    }
    static func recordKeysSigned(_ k: KeyNamer) -> String { "已签字的记录只读：\(k(.amend)) 更正（写明理由，原记录保留）" }
    static func recordKeysUnsigned(_ k: KeyNamer) -> String { "居民在记录册上签字后按 \(k(.sign)) 登记签字；\(k(.amend)) 更正" }
    static func confirmSign(_ k: KeyNamer) -> String { "居民已在记录册上签字？再按一次 \(k(.sign)) 确认（签字后记录只读，只能更正）" }
    static let notSignedYet = "未签字，不计分"

    // MARK: - Messages

    static func saved(_ r: ReceptionRecord) -> String { "已保存接待记录 No.\(r.id)：\(r.content.residentName) · \(r.status.title)" }
    /// "No.12 已登记居民签字。" and what the signature earns by the points rule (nothing while the
    /// consultation is still open), never a promise the card will not keep.
    /// After the month's card was signed, the signature counts only when the 书记 recomputes the card.
    static func signedAfterCard(_ r: ReceptionRecord) -> String {
        "\(r.content.date.calendarMonth.chinese)的积分卡已由书记签名：本条列为签名后新增，书记按记录重算该卡后才计分"
    }
    static func signedSaved(_ r: ReceptionRecord, points: String?) -> String { "No.\(r.id) 已登记居民签字。" + (points ?? "") }
    static func replySaved(_ r: ReceptionRecord) -> String { "No.\(r.id) 已答复，移出待回复" }
    static func amended(_ r: ReceptionRecord) -> String { "No.\(r.id) 已更正，原记录保留" }
    static let noReplyNeeded = "这条记录不在待回复之列"
}
