import Foundation

/// A difficulty or request heard on a home visit (困难或诉求), handed to the reception desk in
/// one step: a reception record of the visited resident and room, the difficulty as its
/// question, 待回复 with the rule set's reply due date, and the visit named in 办理情况 so the
/// desk can find the visit again (issue 5: 困难或诉求可转为首问接待跟进事项).
public enum VisitFollowUp {
    /// The 事项类别 of a matter that came from a visit.
    public static let category = "走访诉求"

    /// "走访中提出，见走访记录第 12 号（2026-11-28 李明走访）": how the record names its visit.
    public static func reference(_ visit: VisitRecord) -> String {
        "走访中提出，\(marker(visitID: visit.id))（\(ShanghaiCalendar.day(of: visit.at).iso) \(visit.workerName)走访）"
    }

    /// "见走访记录第 12 号": the part of the reference that finds the records made from visit `visitID`.
    public static func marker(visitID: Int64) -> String { "见走访记录第 \(visitID) 号" }

    /// The reception record for `visit`'s difficulty, taken on at `now` (to the minute, as the desk's form has it) and due the rule set's
    /// working days later; refused with a Chinese sentence when the visit records no difficulty.
    public static func draft(from visit: VisitRecord, at now: Date, calendar: WorkingDayCalendar, rules: RuleSet)
        -> Result<ReceptionDraft, InputError> {
        let difficulty = visit.difficulty.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !difficulty.isEmpty else { return .failure(InputError(noDifficulty(visit.id))) }
        let minute = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 60).rounded(.down) * 60)   // as the form records it
        let due = ReplyDeadline.due(after: ShanghaiCalendar.day(of: now), calendar: calendar, rules: rules)
        let draft = ReceptionDraft(at: minute, residentName: visit.residentName, room: visit.room, category: category,
                                   question: difficulty, actionTaken: reference(visit), outcome: .awaitingReply,
                                   replyDue: due)
        return draft.validated()
    }

    // MARK: - Text

    static func noDifficulty(_ id: Int64) -> String { "走访记录第 \(id) 号没有填写困难或诉求，无需转首问接待跟进" }
    /// The refusal when a visit's difficulty is already on the reception desk.
    public static func alreadyFollowedUp(visitID: Int64, receptionID: Int64) -> String {
        "走访记录第 \(visitID) 号的诉求已转为接待记录第 \(receptionID) 号，不再重复转交"
    }
}
