import Domain
import Foundation
import GRDB

/// SQL of the meetings' tables (`v36-meetings-decisions`).
enum MeetingTable {
    /// Stores `meeting` (already checked) with its attendees' ids in order; returns its id.
    static func insert(_ meeting: Meeting, attendees: [Int64], by actor: Int64, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO meeting (kind, date, place, topic, outside_parties, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [meeting.kind.rawValue, meeting.date.iso, meeting.place, meeting.topic,
                             meeting.outsideParties.joined(separator: "、"), actor, at])
        let id = db.lastInsertedRowID
        for (index, person) in attendees.enumerated() {
            try db.execute(sql: "INSERT INTO meeting_attendee (meeting_id, person_id, position) VALUES (?, ?, ?)",
                           arguments: [id, person, index + 1])
        }
        for decision in meeting.decisions {
            try db.execute(sql: "INSERT INTO meeting_decision (meeting_id, number, text) VALUES (?, ?, ?)",
                           arguments: [id, decision.number, decision.text])
        }
        return id
    }

    /// The meetings dated from `first` through `last`, in date order, each with its attendees and decisions.
    static func meetings(from first: LocalDate, through last: LocalDate, in db: Database) throws -> [Meeting] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, kind, date, place, topic, outside_parties FROM meeting WHERE date BETWEEN ? AND ? ORDER BY date, id
            """, arguments: [first.iso, last.iso])
        return try rows.map { try meeting(from: $0, in: db) }
    }

    /// The meeting numbered `id`, or nil.
    static func meeting(_ id: Int64, in db: Database) throws -> Meeting? {
        try Row.fetchOne(db, sql: "SELECT id, kind, date, place, topic, outside_parties FROM meeting WHERE id = ?",
                         arguments: [id]).map { try meeting(from: $0, in: db) }
    }

    /// The id of decision `number` of meeting `meeting`, or nil.
    static func decisionID(meeting: Int64, number: Int, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM meeting_decision WHERE meeting_id = ? AND number = ?",
                           arguments: [meeting, number])
    }

    /// The month of the earliest meeting kept here: from it on, deductions cite decisions (`DeductionBasis`).
    static func firstMonth(in db: Database) throws -> Month? {
        try String.fetchOne(db, sql: "SELECT min(date) FROM meeting").flatMap(LocalDate.init(iso:))?.calendarMonth
    }

    private static func meeting(from row: Row, in db: Database) throws -> Meeting {
        let id: Int64 = row["id"]
        let names = try String.fetchAll(db, sql: """
            SELECT p.name FROM meeting_attendee a JOIN person p ON p.id = a.person_id WHERE a.meeting_id = ? ORDER BY a.position
            """, arguments: [id])
        let decisions = try Row.fetchAll(db, sql: "SELECT number, text FROM meeting_decision WHERE meeting_id = ? ORDER BY number",
                                         arguments: [id]).map { MeetingDecision(number: $0["number"], text: $0["text"]) }
        let outside: String = row["outside_parties"]
        return Meeting(id: id, kind: MeetingKind(rawValue: row["kind"]) ?? .routine, date: LocalDate(iso: row["date"])!,
                       place: row["place"], topic: row["topic"], attendees: names,
                       outsideParties: outside.split(separator: "、").map(String.init), decisions: decisions)
    }
}
