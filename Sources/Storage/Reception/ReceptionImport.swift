import Domain
import Foundation
import GRDB

/// Reads a reception log kept in a spreadsheet (CSV with the header
/// `接待时间,接待人,来访居民姓名,楼室号,联系电话,事项类别,咨询内容,办理情况,办理结果,居民签字`) into drafts,
/// or says what is wrong, line by line; the worker is checked against the people on import.
public enum ReceptionImport {
    /// One record read from the file, with its line, its worker's name and whether the resident signed.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var workerName: String
        public var draft: ReceptionDraft
        public var signed: Bool
    }

    public static let header = ["接待时间", "接待人", "来访居民姓名", "楼室号", "联系电话", "事项类别", "咨询内容", "办理情况", "办理结果", "居民签字"]

    /// The rows of `text`, or every problem. A 待回复 row is due the rule set's working days after
    /// its day; a 转办 row names no department in the file, so it says to see 办理情况.
    public static func parse(_ text: String, now: Date, calendar: WorkingDayCalendar, rules: RuleSet)
        -> Result<[Row], StaffImportFailure> {
        CSVRows.parse(text, header: header) { f, line in
            guard let at = VisitTime.instant(f[0]) else { return .failure(.init(line: line, message: Text.badTime(f[0]))) }
            if at > now.addingTimeInterval(60) { return .failure(.init(line: line, message: Text.future(f[0]))) }
            if let early = RecordDates.problem(ShanghaiCalendar.day(of: at), label: header[0], today: nil) {
                return .failure(.init(line: line, message: early.message))
            }
            guard let outcome = ReceptionOutcome.allCases.first(where: { $0.title == f[8] }) else {
                return .failure(.init(line: line, message: Text.badOutcome(f[8])))
            }
            guard let signed = Text.yesNo[f[9]] else { return .failure(.init(line: line, message: Text.badSigned(f[9]))) }
            let due = outcome.waitsForReply ? ReplyDeadline.due(after: ShanghaiCalendar.day(of: at), calendar: calendar, rules: rules) : nil
            let draft = ReceptionDraft(at: at, residentName: f[2], room: f[3], phone: f[4], category: f[5], question: f[6],
                                       actionTaken: f[7], outcome: outcome,
                                       department: outcome == .referred ? Text.seeAction : "", replyDue: due)
            switch draft.validated() {
            case .success(let checked): return .success(Row(line: line, workerName: f[1], draft: checked, signed: signed))
            case .failure(let error): return .failure(.init(line: line, message: error.message))
            }
        }
    }

    // MARK: - Text

    enum Text {
        static let yesNo = ["是": true, "否": false]
        static let seeAction = "见办理情况"
        static func badTime(_ t: String) -> String { "接待时间“\(FieldText.echo(t))”应写作 YYYY-MM-DD HH:MM，如 2026-11-29 09:30" }
        static func future(_ t: String) -> String { "接待时间 \(t) 晚于现在：只能登记已经发生的接待" }
        static func badOutcome(_ t: String) -> String { "办理结果“\(FieldText.echo(t))”应为 当场办结、转办、预约 或 待回复" }
        static func badSigned(_ t: String) -> String { "居民签字“\(FieldText.echo(t))”应为 是 或 否" }
        static func unknownWorker(_ name: String) -> String { "接待人“\(FieldText.echo(name))”不在人员名单中（或已停用）" }
    }
}

extension AppDatabase {
    /// Records every row of a reception file, or nothing; each row's worker must be an active person,
    /// and a row marked 是 gets its signature recorded by `actor` (the paper log was signed).
    public func importReceptions(_ rows: [ReceptionImport.Row], by actor: Int64, at: Date, dryRun: Bool) throws -> [ReceptionRecord] {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try Self.requireCommittee(in: db)
            let people = try PersonTable.activeByName(in: db)
            let problems = rows.compactMap { row in
                people[row.workerName] == nil ? StaffImport.Problem(line: row.line, message: ReceptionImport.Text.unknownWorker(row.workerName)) : nil
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            var events = [AuditEvent(action: "reception.import", entity: "reception", entityID: nil, detail: ["count": String(rows.count)])]
            let records = try rows.map { row in
                let id = try ReceptionTable.insert(row.draft, worker: people[row.workerName]!.id, at: at, in: db)
                if row.signed {
                    try db.execute(sql: "INSERT INTO reception_signature (reception_id, at, by_id) VALUES (?, ?, ?)",
                                   arguments: [id, at, actor])
                }
                let record = try Self.requireReception(id, in: db)
                events.append(.reception("reception.add", record, ["resident": row.draft.residentName, "source": "import"]))
                return record
            }
            return (records, events)
        }
    }
}
