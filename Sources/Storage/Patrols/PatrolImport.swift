import Domain
import Foundation
import GRDB

/// `import patrols FILE.csv`: one finding a row; consecutive rows with the same 日期, 巡查人员, 片区
/// and 楼组 are one patrol (a row with no 问题类别 and no 问题 is a patrol that found nothing).
public enum PatrolImport {
    public static let header = ["日期", "巡查人员", "片区", "楼组", "问题类别", "位置", "问题", "处理方式", "案件编号或会议号", "办结日期", "处理结果"]

    /// One patrol of the file and the line it starts on.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var patrol: Patrol
    }

    /// The patrols of `text`, or every problem found.
    public static func parse(_ text: String) -> Result<[Row], StaffImportFailure> {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return CSVRows.parse(text, header: header) { f, line in row(f, line: line) }.map(grouped)
    }

    static func row(_ f: [String], line: Int) -> Result<Row, StaffImport.Problem> {
        func problem(_ message: String) -> Result<Row, StaffImport.Problem> { .failure(.init(line: line, message: message)) }
        guard let date = LocalDate(iso: f[0]) else { return problem(PatrolText.badDate(f[0])) }
        var patrol = Patrol(date: date, patrollers: MeetingInput.names(f[1]), zone: f[2], buildings: f[3], findings: [])
        if f[4].isEmpty && f[6].isEmpty { return .success(Row(line: line, patrol: patrol)) }
        switch PatrolInput.finding(category: f[4], place: f[5], problem: f[6], handling: f[7], reference: f[8], closedOn: f[9], outcome: f[10]) {
        case .failure(let error): return problem(error.message)
        case .success(let finding):
            patrol.findings = [finding]
            return .success(Row(line: line, patrol: patrol))
        }
    }

    /// Consecutive rows of one patrol joined into it.
    static func grouped(_ rows: [Row]) -> [Row] {
        var out: [Row] = []
        for row in rows {
            if let last = out.last, samePatrol(last.patrol, row.patrol) {
                out[out.count - 1].patrol.findings += row.patrol.findings
            } else {
                out.append(row)
            }
        }
        return out
    }

    private static func samePatrol(_ a: Patrol, _ b: Patrol) -> Bool {
        a.date == b.date && a.patrollers == b.patrollers && a.zone == b.zone && a.buildings == b.buildings
    }
}

extension AppDatabase {
    /// Keeps every patrol of `rows` or none: each patrol's problem is reported with its first line.
    public func importPatrols(_ rows: [PatrolImport.Row], rules: RuleSet, by actor: Int64, at now: Date, dryRun: Bool) throws -> Int {
        try audited(by: actor, at: now, dryRun: dryRun) { db in
            var problems: [StaffImport.Problem] = []
            var events: [AuditEvent] = []
            for row in rows {
                do {
                    events.append(Self.patrolEvent(try Self.insertPatrol(row.patrol, rules: rules, by: actor, at: now, in: db), action: "patrol.import"))
                } catch let error as StorageError {
                    problems.append(.init(line: row.line, message: error.message))
                }
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            return (events.count, events)
        }
    }
}
