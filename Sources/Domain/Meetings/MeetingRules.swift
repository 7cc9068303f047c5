/// The rules a meeting's record must meet before it is kept, as verdicts citing 实施意见 二(五):
/// a kind, a topic, a place, a date not in the future, someone of the committee present and, for a
/// 居委会班子会议 whose decisions a deduction may rest on, enough of the committee to be collective.
public enum MeetingRules {
    /// Every problem of `meeting` recorded on `today`; empty when it may be kept.
    public static func problems(_ meeting: Meeting, today: LocalDate, rules: RuleSet) -> [Verdict] {
        let refuse = { (text: String) in Verdict(.meetings, in: rules, .refusal, text) }
        var found: [Verdict] = []
        if meeting.topic.trimmed.isEmpty { found.append(refuse(MeetingText.noTopic)) }
        if meeting.place.trimmed.isEmpty { found.append(refuse(MeetingText.noPlace)) }
        if meeting.date > today { found.append(refuse(MeetingText.future(meeting.date))) }
        if meeting.attendees.isEmpty { found.append(refuse(MeetingText.noAttendees)) }
        if Set(meeting.attendees).count != meeting.attendees.count { found.append(refuse(MeetingText.repeatedAttendee)) }
        if meeting.decisions.contains(where: { $0.text.trimmed.isEmpty }) { found.append(refuse(MeetingText.emptyDecision)) }
        if let board = boardProblem(meeting, rules: rules) { found.append(board) }
        return found
    }

    /// A 班子会议 with fewer of the committee than the rule set's least number decides nothing collectively.
    static func boardProblem(_ meeting: Meeting, rules: RuleSet) -> Verdict? {
        let least = rules.meetings.boardMinimum
        guard meeting.kind == .committeeBoard, meeting.attendees.count < least else { return nil }
        return Verdict(.deductionDecision, in: rules, .refusal, MeetingText.boardTooFew(meeting.attendees.count, least: least),
                       numbers: [.count("attendees", meeting.attendees.count), .count("least", least)])
    }
}

/// The rule of 附件三 积分规则说明 3 for a deduction line: "须经居委会班子成员集体讨论决定". A line
/// rests on a decision of a 居委会班子会议 chosen from the meetings; a typed 会议记录 stays allowed only
/// for months before the committee began keeping its meetings here (`meetingsSince`).
public enum DeductionBasis {
    /// Why the deduction `line` of `month` may not be kept on the basis it gives, or nil.
    public static func problem(_ line: PointsLine, month: Month, meetingsSince: Month?, rules: RuleSet) -> Verdict? {
        guard line.item.isDeduction else { return nil }
        let refuse = { (text: String) in Verdict(.deductionDecision, in: rules, .refusal, text) }
        if let decision = line.decision {
            guard decision.kind == .committeeBoard else { return refuse(MeetingText.notBoard(line.item, decision)) }
            return nil
        }
        guard let typed = line.meetingRecord, !typed.trimmed.isEmpty else {
            return Verdict(.deductionDecision, in: rules, .needs, MeetingText.needsDecision(line.item), need: .meetingRecord)
        }
        if let since = meetingsSince, month >= since { return refuse(MeetingText.typedSince(line.item, since)) }
        return nil
    }
}
