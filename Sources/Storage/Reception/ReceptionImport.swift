import Domain
import Foundation
import GRDB

/// Reads a reception log kept in a spreadsheet (CSV with the header
/// `接待时间,接待人,来访居民姓名,楼室号,联系电话,事项类别,咨询内容,办理情况,办理结果,居民签字`, optionally
/// followed by `答复内容,答复时间,答复人,居民满意度` as `export receptions` writes it) into drafts, or says what
/// is wrong, line by line; the worker and the replier are checked against the people on import.
public enum ReceptionImport {
    /// One record read from the file, with its line, its worker's name and whether the resident signed.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var workerName: String
        public var draft: ReceptionDraft
        public var signed: Bool
        /// The reply of a row whose 办理结果 is 已答复 (`ReceptionStatus.replied`).
        public var reply: ReceptionReply?
    }

    public static let header = ["接待时间", "接待人", "来访居民姓名", "楼室号", "联系电话", "事项类别", "咨询内容", "办理情况", "办理结果", "居民签字"]
    /// The reply's columns, after `header`: an exported log carries each reply and its time.
    public static let replyColumns = ["答复内容", "答复时间", "答复人", "居民满意度"]
    /// The header of an exported log: `header`, then `replyColumns`.
    public static let headerWithReply = header + replyColumns

    /// The rows of `text`, or every problem. A 待回复 row is due the rule set's working days after
    /// its day; a 转办 row names no department in the file, so it says to see 办理情况.
    public static func parse(_ text: String, now: Date, calendar: WorkingDayCalendar, rules: RuleSet)
        -> Result<[Row], StaffImportFailure> {
        let firstLine = text.prefix { !$0.isNewline }
        return CSVRows.parse(text, header: firstLine.contains(replyColumns[0]) ? headerWithReply : header) { f, line in
            row(f, line: line, now: now, calendar: calendar, rules: rules).mapError { .init(line: line, message: $0.message) }
        }
    }

    /// One row's fields read into a record, or the reason it cannot be.
    static func row(_ f: [String], line: Int, now: Date, calendar: WorkingDayCalendar, rules: RuleSet) -> Result<Row, InputError> {
        guard let at = VisitTime.instant(f[0]) else { return .failure(InputError(Text.badTime(f[0]))) }
        if at > now.addingTimeInterval(60) { return .failure(InputError(Text.future(f[0]))) }
        if let early = RecordDates.problem(ShanghaiCalendar.day(of: at), label: header[0], today: nil) { return .failure(early) }
        guard let (status, outcome) = ReceptionStatus.parse(f[8]) else { return .failure(InputError(Text.badOutcome(f[8]))) }
        guard let signed = Text.yesNo[f[9]] else { return .failure(InputError(Text.badSigned(f[9]))) }
        let due = outcome.waitsForReply ? ReplyDeadline.due(after: ShanghaiCalendar.day(of: at), calendar: calendar, rules: rules) : nil
        let draft = ReceptionDraft(at: at, residentName: f[2], room: f[3], phone: f[4], category: f[5], question: f[6],
                                   actionTaken: f[7], outcome: outcome,
                                   department: outcome == .referred ? Text.seeAction : "", replyDue: due)
        return draft.validated().flatMap { checked in
            reply(Array(f.dropFirst(header.count)), status: status, after: at, now: now).map {
                Row(line: line, workerName: f[1], draft: checked, signed: signed, reply: $0)
            }
        }
    }

    /// The reply a row's reply columns hold: required when its status is 已答复, else they stay empty.
    static func reply(_ f: [String], status: ReceptionStatus, after received: Date, now: Date) -> Result<ReceptionReply?, InputError> {
        guard status == .replied else {
            return f.allSatisfy(\.isEmpty) ? .success(nil) : .failure(InputError(Text.replyOnlyWhenReplied))
        }
        guard f.count == replyColumns.count, !f[0].isEmpty, !f[2].isEmpty else { return .failure(InputError(Text.replyNeeded)) }
        guard let at = VisitTime.instant(f[1]), at >= received, at <= now.addingTimeInterval(60) else {
            return .failure(InputError(Text.badReplyTime(f[1])))
        }
        return TextField.validate(f[0], label: replyColumns[0], required: true).flatMap { text in
            Satisfaction.parse(f[3]).map { ReceptionReply(at: at, byName: f[2], text: text, satisfaction: $0) }
        }
    }

    // MARK: - Text

    enum Text {
        static let yesNo = ["是": true, "否": false]
        static let seeAction = "见办理情况"
        static func badTime(_ t: String) -> String { "接待时间“\(FieldText.echo(t))”应写作 YYYY-MM-DD HH:MM，如 2026-11-29 09:30" }
        static func future(_ t: String) -> String { "接待时间 \(t) 晚于现在：只能登记已经发生的接待" }
        static func badOutcome(_ t: String) -> String { "办理结果“\(FieldText.echo(t))”应为 \(ReceptionStatus.titles) 之一" }
        static let replyOnlyWhenReplied = "办理结果不是已答复：" + replyColumns.joined(separator: "、") + "应留空"
        static let replyNeeded = "办理结果为已答复：须在表头末尾加上 " + replyColumns.joined(separator: ",") + " 四列并填写"
        static func badReplyTime(_ t: String) -> String {
            "答复时间“\(FieldText.echo(t))”应写作 YYYY-MM-DD HH:MM，不早于接待时间，也不晚于现在"
        }
        static func badSigned(_ t: String) -> String { "居民签字“\(FieldText.echo(t))”应为 是 或 否" }
        static func unknownPerson(_ label: String, _ name: String) -> String { "\(label)“\(FieldText.echo(name))”不在人员名单中（或已停用）" }
    }
}

extension AppDatabase {
    /// Records every row of a reception file, or nothing; each row's worker must be an active person,
    /// and a row marked 是 gets its signature recorded by `actor` (the paper log was signed).
    public func importReceptions(_ rows: [ReceptionImport.Row], by actor: Int64, at: Date, dryRun: Bool) throws -> [ReceptionRecord] {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try Self.requireCommittee(in: db)
            let people = try PersonTable.activeByName(in: db)
            let problems = rows.flatMap { row in
                let named = [("接待人", row.workerName)] + (row.reply.map { [("答复人", $0.byName)] } ?? [])
                return named.filter { people[$0.1] == nil }.map {
                    StaffImport.Problem(line: row.line, message: ReceptionImport.Text.unknownPerson($0.0, $0.1))
                }
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            var events = [AuditEvent(action: "reception.import", entity: "reception", entityID: nil, detail: ["count": String(rows.count)])]
            let records = try rows.map { row in
                let id = try ReceptionTable.insert(row.draft, worker: people[row.workerName]!.id, at: at, in: db)
                if row.signed {
                    try db.execute(sql: "INSERT INTO reception_signature (reception_id, at, by_id) VALUES (?, ?, ?)",
                                   arguments: [id, at, actor])
                }
                if let reply = row.reply {
                    try db.execute(sql: "INSERT INTO reception_reply (reception_id, at, by_id, text, satisfaction) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [id, reply.at, people[reply.byName]!.id, reply.text, reply.satisfaction.rawValue])
                }
                let record = try Self.requireReception(id, in: db)
                events.append(.reception("reception.add", record, ["resident": row.draft.residentName, "source": "import"]))
                return record
            }
            return (records, events)
        }
    }
}
