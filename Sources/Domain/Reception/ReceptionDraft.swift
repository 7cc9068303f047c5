import Foundation

/// What a desk worker writes in the 首问接待记录册 for one consultation, before it has an id:
/// also the content of an amendment, which replaces the whole content and keeps the original.
public struct ReceptionDraft: Sendable, Equatable, Codable {
    /// 接待时间: the instant; its Shanghai day decides the month and the reply due date.
    public var at: Date
    /// 来访居民姓名.
    public var residentName: String
    /// 楼室号: a room of the registry or free text (a resident from outside the committee's area).
    public var room: String
    /// 联系电话 as typed (`Phone.validate`); shown masked except to whoever opens the record.
    public var phone: String
    /// 事项类别 (条线).
    public var category: String
    /// The linked policy item, if one was looked up, with its title as it was then.
    public var policyID: Int64?
    public var policyTitle: String
    /// 咨询内容.
    public var question: String
    /// 办理情况: what was done.
    public var actionTaken: String
    /// 办理结果.
    public var outcome: ReceptionOutcome
    /// The department the matter was referred to (转办), or "".
    public var department: String
    /// The day a 待回复 matter must be answered by; nil for the other outcomes.
    public var replyDue: LocalDate?

    public init(at: Date, residentName: String, room: String, phone: String = "", category: String,
                policyID: Int64? = nil, policyTitle: String = "", question: String, actionTaken: String = "",
                outcome: ReceptionOutcome = .done, department: String = "", replyDue: LocalDate? = nil) {
        self.at = at
        self.residentName = residentName
        self.room = room
        self.phone = phone
        self.category = category
        self.policyID = policyID
        self.policyTitle = policyTitle
        self.question = question
        self.actionTaken = actionTaken
        self.outcome = outcome
        self.department = department
        self.replyDue = replyDue
    }

    /// The Shanghai day of the consultation.
    public var date: LocalDate { ShanghaiCalendar.day(of: at) }

    // MARK: - Checking

    /// The draft with every text trimmed and checked, or the first Chinese reason it is refused:
    /// a 待回复 matter needs its due date (not before the day), a 转办 one its department.
    public func validated() -> Result<ReceptionDraft, InputError> {
        var d = self
        do throws(InputError) {
            d.residentName = try TextField.validate(residentName, label: "来访居民姓名", required: true, maxLength: PersonName.maxLength).get()
            d.room = try TextField.validate(room, label: "楼室号", required: false, maxLength: RoomNumber.maxLength).get()
            d.phone = try Phone.validate(phone).get()
            d.category = try TextField.validate(category, label: "事项类别", required: true, maxLength: 20).get()
            d.question = try TextField.validate(question, label: "咨询内容", required: true).get()
            d.actionTaken = try TextField.validate(actionTaken, label: "办理情况", required: false).get()
            d.department = try TextField.validate(department, label: "转办部门", required: outcome == .referred, maxLength: 40).get()
        } catch { return .failure(error) }
        if outcome.waitsForReply {
            guard let due = replyDue else { return .failure(InputError("待回复的事项须填写答复期限")) }
            if due < date { return .failure(InputError("答复期限 \(due) 早于接待日 \(date)")) }
        } else {
            d.replyDue = nil
        }
        return .success(d)
    }
}
