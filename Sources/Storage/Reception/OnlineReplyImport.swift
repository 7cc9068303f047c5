import Domain
import Foundation
import GRDB

/// Reads online replies exported from the community platform (CSV with the header
/// `收到时间,渠道,问询内容,答复内容,答复人,答复时间,是否满意`) or says what is wrong, line by line;
/// an unanswered question leaves 答复内容, 答复人, 答复时间 and 是否满意 empty.
public enum OnlineReplyImport {
    /// One reply read from the file, with its line and the answerer's name ("" while unanswered).
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var answererName: String
        public var draft: OnlineReplyDraft
    }

    public static let header = ["收到时间", "渠道", "问询内容", "答复内容", "答复人", "答复时间", "是否满意"]

    /// The rows of `text`, or every problem; the answerer is matched to a person on import.
    public static func parse(_ text: String) -> Result<[Row], StaffImportFailure> {
        CSVRows.parse(text, header: header) { f, line in
            guard let received = VisitTime.instant(f[0]) else { return .failure(.init(line: line, message: Text.badTime("收到时间", f[0]))) }
            var answeredAt: Date?
            if !f[5].isEmpty {
                guard let at = VisitTime.instant(f[5]) else { return .failure(.init(line: line, message: Text.badTime("答复时间", f[5]))) }
                answeredAt = at
            }
            for (label, day) in [(header[0], received), (header[5], answeredAt)] {
                guard let day, let early = RecordDates.problem(ShanghaiCalendar.day(of: day), label: label, today: nil) else { continue }
                return .failure(.init(line: line, message: early.message))
            }
            let satisfied: Bool?
            switch f[6] {
            case "": satisfied = nil
            case "是", "满意": satisfied = true
            case "否", "不满意": satisfied = false
            default: return .failure(.init(line: line, message: Text.badSatisfied(f[6])))
            }
            // The answerer's id is filled in on import; 0 stands for "named" so the draft is checked whole.
            let draft = OnlineReplyDraft(receivedAt: received, channel: f[1], question: f[2], answer: f[3],
                                         answererID: f[4].isEmpty ? nil : 0, answeredAt: answeredAt, satisfied: satisfied)
            switch draft.validated() {
            case .success(let checked): return .success(Row(line: line, answererName: f[4], draft: checked))
            case .failure(let error): return .failure(.init(line: line, message: error.message))
            }
        }
    }

    /// A row received or answered later than `now` (a minute's grace, as for visits): nothing
    /// that has not happened yet is recorded (issue 17 item 5).
    static func futureProblem(_ row: Row, now: Date) -> StaffImport.Problem? {
        for (label, time) in [(header[0], row.draft.receivedAt), (header[5], row.draft.answeredAt)] {
            guard let time, time > now.addingTimeInterval(60) else { continue }
            return StaffImport.Problem(line: row.line, message: Text.future(label, VisitTime.format(time), now: VisitTime.format(now)))
        }
        return nil
    }

    // MARK: - Text

    public enum Text {
        static func badTime(_ label: String, _ t: String) -> String { "\(label)“\(FieldText.echo(t))”应写作 YYYY-MM-DD HH:MM，如 2026-11-29 09:30" }
        static func badSatisfied(_ t: String) -> String { "是否满意“\(FieldText.echo(t))”应为 是、否 或留空（未评价）" }
        static func future(_ label: String, _ time: String, now: String) -> String { "\(label) \(time) 晚于现在（\(now)）：只能登记已经发生的事" }
        public static func unknownAnswerer(_ name: String) -> String { "答复人“\(FieldText.echo(name))”不在人员名单中（或已停用）" }
    }
}

extension AppDatabase {
    /// Records every row of an online-reply file, or nothing; each answerer must be an active person.
    public func importOnlineReplies(_ rows: [OnlineReplyImport.Row], by actor: Int64, at: Date, dryRun: Bool) throws -> [OnlineReply] {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try Self.requireCommittee(in: db)
            let people = try PersonTable.activeByName(in: db)
            let problems = rows.compactMap { row in
                if let future = OnlineReplyImport.futureProblem(row, now: at) { return future }
                return !row.answererName.isEmpty && people[row.answererName] == nil
                    ? StaffImport.Problem(line: row.line, message: OnlineReplyImport.Text.unknownAnswerer(row.answererName)) : nil
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            var events = [AuditEvent(action: "online_reply.import", entity: "online_reply", entityID: nil,
                                     detail: ["count": String(rows.count)])]
            let replies = try rows.map { row in
                var draft = row.draft
                draft.answererID = people[row.answererName]?.id
                let reply = try Self.insertOnlineReply(draft, by: actor, at: at, in: db)
                events.append(Self.onlineReplyEvent(reply, source: "import"))
                return reply
            }
            return (replies, events)
        }
    }
}
