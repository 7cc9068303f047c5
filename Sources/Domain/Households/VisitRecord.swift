import Foundation

/// One 居民区走访记录 as the paper form has it: when, who visited, whom, which room, the family,
/// the reason, the difficulty or request, a remark, and the type of visit the form's note asks for.
public struct VisitRecord: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// 走访时间: the instant; its Shanghai day is `date`.
    public var at: Date
    public var workerID: Int64
    /// 走访人.
    public var workerName: String
    public var householdID: Int64
    /// 楼室号.
    public var room: String
    /// 走访居民姓名.
    public var residentName: String
    /// 家庭成员情况.
    public var members: String
    /// 走访事由.
    public var reason: String
    /// 困难或诉求.
    public var difficulty: String
    /// 备注.
    public var remark: String
    public var kind: VisitKind
    /// The earlier record this one corrects, with why, by whom and when; nil for a first record.
    public var correction: VisitCorrection?
    /// The id of the record that corrects this one; nil while this is the latest version.
    public var correctedBy: Int64?

    public init(id: Int64, at: Date, workerID: Int64, workerName: String, householdID: Int64, room: String,
                residentName: String, members: String = "", reason: String, difficulty: String = "",
                remark: String = "", kind: VisitKind = .general, correction: VisitCorrection? = nil,
                correctedBy: Int64? = nil) {
        self.id = id
        self.at = at
        self.workerID = workerID
        self.workerName = workerName
        self.householdID = householdID
        self.room = room
        self.residentName = residentName
        self.members = members
        self.reason = reason
        self.difficulty = difficulty
        self.remark = remark
        self.kind = kind
        self.correction = correction
        self.correctedBy = correctedBy
    }

    /// The Shanghai day of the visit: the day that decides its month.
    public var date: LocalDate { ShanghaiCalendar.day(of: at) }

    /// The draft that would record this visit again: the start of a correction.
    public var draft: VisitDraft {
        VisitDraft(at: at, residentName: residentName, room: room, members: members, reason: reason,
                   difficulty: difficulty, remark: remark, kind: kind)
    }

    /// The visit as the quota and interval rules see it.
    public var visit: Visit { Visit(id: id, workerID: workerID, householdID: householdID, date: date) }
}

/// A visit as a worker enters it, before it has an id: checked by `VisitEntry.validate`.
public struct VisitDraft: Sendable, Equatable {
    public var at: Date
    public var residentName: String
    public var room: String
    public var members: String
    public var reason: String
    public var difficulty: String
    public var remark: String
    public var kind: VisitKind

    public init(at: Date, residentName: String, room: String, members: String = "", reason: String,
                difficulty: String = "", remark: String = "", kind: VisitKind = .general) {
        self.at = at
        self.residentName = residentName
        self.room = room
        self.members = members
        self.reason = reason
        self.difficulty = difficulty
        self.remark = remark
        self.kind = kind
    }
}
