import Domain
import Foundation
import GRDB

/// Meetings of 议事协商 (实施意见 二(五)) and the decisions other records cite: kept by a 书记 or
/// 主任 (`Permission.recordMeetings`), never changed once written, each write an audit row.
extension AppDatabase {
    /// Keeps `meeting` after the rules (`MeetingRules`) and the people named; returns it numbered.
    @discardableResult
    public func recordMeeting(_ meeting: Meeting, rules: RuleSet, by actor: Int64, at now: Date) throws -> Meeting {
        try audited(by: actor, at: now) { db in
            try PersonTable.require(.recordMeetings, by: actor, in: db)
            let saved = try Self.insertMeeting(meeting, rules: rules, by: actor, at: now, in: db)
            return (saved, [Self.meetingEvent(saved)])
        }
    }

    /// Every meeting of `year`, in date order.
    public func meetings(year: Int) throws -> [Meeting] {
        try pool.read { db in
            try MeetingTable.meetings(from: LocalDate(year: year, month: 1, day: 1)!, through: LocalDate(year: year, month: 12, day: 31)!, in: db)
        }
    }

    /// The decision typed as "#12-2", or a Chinese reason why there is none.
    public func decisionCitation(_ code: String) throws -> DecisionCitation {
        try pool.read { db in try Self.citation(code, in: db) }
    }

    /// The month of the first meeting kept here (typed 会议记录 stay allowed before it), or nil.
    public func meetingsSince() throws -> Month? {
        try pool.read { db in try MeetingTable.firstMonth(in: db) }
    }

    // MARK: - Inside a transaction

    /// Checks and stores one meeting inside the caller's transaction.
    static func insertMeeting(_ meeting: Meeting, rules: RuleSet, by actor: Int64, at now: Date, in db: Database) throws -> Meeting {
        let today = ShanghaiCalendar.day(of: now)
        if let problem = RecordDates.problem(meeting.date, label: "会议日期", today: today, firstYear: try committeeFirstYear(in: db)) {
            throw StorageError.invalid(problem)
        }
        if let problem = MeetingRules.problems(meeting, today: today, rules: rules).first {
            throw StorageError(.invalidInput, problem.message)
        }
        let people = try PersonTable.fetchAll(includeInactive: true, in: db)
        let ids = try meeting.attendees.map { name in
            guard let person = people.first(where: { $0.name == name }) else { throw StorageError(.invalidInput, MeetingText.notOfCommittee(name)) }
            return person.id
        }
        var saved = meeting
        saved.id = try MeetingTable.insert(meeting, attendees: ids, by: actor, at: now, in: db)
        return saved
    }

    /// The citation of the decision typed as `code` ("#12-2").
    static func citation(_ code: String, in db: Database) throws -> DecisionCitation {
        guard let (id, number) = DecisionCitation.reference(in: code) else { throw StorageError(.invalidInput, MeetingText.badCode(code)) }
        guard let citation = try MeetingTable.meeting(id, in: db)?.citation(of: number) else {
            throw StorageError(.notFound, MeetingText.noSuchDecision(MeetingText.code(id, number)))
        }
        return citation
    }

    /// The deduction `line` of `month` with the decision its 会议记录 names ("#12-2") filled in, after
    /// `DeductionBasis`; any other line as it is.
    static func withBasis(_ line: PointsLine, month: Month, rules: RuleSet, in db: Database) throws -> (PointsLine, Int64?) {
        guard line.item.isDeduction else { return (line, nil) }
        var line = line
        var decisionID: Int64?
        if let typed = line.meetingRecord, DecisionCitation.reference(in: typed) != nil {
            let citation = try citation(typed, in: db)
            line.decision = citation
            line.meetingRecord = nil
            decisionID = try MeetingTable.decisionID(meeting: citation.meetingID, number: citation.number, in: db)
        }
        if let problem = DeductionBasis.problem(line, month: month, meetingsSince: try MeetingTable.firstMonth(in: db), rules: rules) {
            throw StorageError(.invalidInput, problem.message)
        }
        return (line, decisionID)
    }

    static func meetingEvent(_ meeting: Meeting, action: String = "meeting.record") -> AuditEvent {
        AuditEvent(action: action, entity: "meeting", entityID: meeting.id,
                   detail: ["kind": meeting.kind.title, "date": meeting.date.iso, "topic": meeting.topic,
                            "decisions": "\(meeting.decisions.count)"])
    }
}

extension AppDatabase {
    /// How many 居委会班子会议 decisions the points form offers (本程序取值).
    public static let offeredDecisions = 100

    /// The decisions of 居委会班子会议, newest first: what a deduction may cite.
    public func boardDecisions() throws -> [DecisionCitation] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.id, m.date, d.number, d.text FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id
                WHERE m.kind = ? ORDER BY m.date DESC, m.id DESC, d.number LIMIT ?
                """, arguments: [MeetingKind.committeeBoard.rawValue, Self.offeredDecisions]).map {
                DecisionCitation(meetingID: $0["id"], number: $0["number"], kind: .committeeBoard, date: LocalDate(iso: $0["date"])!, text: $0["text"])
            }
        }
    }
}
