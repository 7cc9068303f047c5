import Domain
import Foundation
import GRDB

/// `import meetings FILE.csv`: one meeting a row under `日期,类别,地点,议题,参会人员,列席单位,决定`
/// (people separated by 、, decisions by ；, numbered in that order); all or nothing.
public enum MeetingImport {
    public static let header = ["日期", "类别", "地点", "议题", "参会人员", "列席单位", "决定"]

    /// One row of the file: the meeting it records.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var meeting: Meeting
    }

    /// The rows of `text`, or every problem found.
    public static func parse(_ text: String) -> Result<[Row], StaffImportFailure> {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return CSVRows.parse(text, header: header) { f, line in row(f, line: line) }
    }

    static func row(_ f: [String], line: Int) -> Result<Row, StaffImport.Problem> {
        MeetingInput.parse(kind: f[1], date: f[0], place: f[2], topic: f[3], attendees: f[4], outside: f[5], decisions: f[6])
            .map { Row(line: line, meeting: $0) }
            .mapError { StaffImport.Problem(line: line, message: $0.message) }
    }
}

extension AppDatabase {
    /// Keeps every meeting of `rows` or none: each row's problem is reported with its line.
    public func importMeetings(_ rows: [MeetingImport.Row], rules: RuleSet, by actor: Int64, at now: Date, dryRun: Bool) throws -> Int {
        try audited(by: actor, at: now, dryRun: dryRun) { db in
            try PersonTable.require(.recordMeetings, by: actor, in: db)
            var problems: [StaffImport.Problem] = []
            var events: [AuditEvent] = []
            for row in rows {
                do {
                    let saved = try Self.insertMeeting(row.meeting, rules: rules, by: actor, at: now, in: db)
                    events.append(Self.meetingEvent(saved, action: "meeting.import"))
                } catch let error as StorageError {
                    problems.append(.init(line: row.line, message: error.message))
                }
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            return (events.count, events)
        }
    }
}
