import Domain
import Foundation

/// Reads a roster with its sign-ins (CSV with the header `日期,开始时间,结束时间,班次类型,值班人,
/// 签到时间,签退时间`) into rows, or says what is wrong, line by line. Times are `HH:MM`; 值班人 may
/// list several names separated by 、; an empty 签到时间 means not signed. Rows with the same day
/// and times are one shift. Parsing is pure; `AppDatabase.importShifts` checks names and clashes.
public enum ShiftImport {
    public static let header = ["日期", "开始时间", "结束时间", "班次类型", "值班人", "签到时间", "签退时间"]

    /// One line of the file: a shift and the workers on it, with their sign-in and sign-out.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var date: LocalDate
        public var span: TimeSpan
        public var kind: ShiftKind
        public var names: [String]
        public var signIn: ClockTime?
        public var signOut: ClockTime?
    }

    /// The rows of `text`, or every problem found (nothing is imported when there is one); read
    /// by `CSVRows` like every other import, with the roster's own messages.
    public static func parse(_ text: String) -> Result<[Row], StaffImportFailure> {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return CSVRows.parse(text, header: header) { f, line in row(f.map(clean), line: line) }
    }

    /// One record as a row, or the first thing wrong with it.
    static func row(_ f: [String], line: Int) -> Result<Row, StaffImport.Problem> {
        func problem(_ message: String) -> Result<Row, StaffImport.Problem> { .failure(.init(line: line, message: message)) }
        guard f.count == header.count else { return problem(VisitsText.importColumns(header)) }
        guard let date = LocalDate(iso: f[0]) else { return problem(DutyText.badDate(f[0])) }
        if let early = RecordDates.problem(date, label: header[0], today: nil) { return problem(early.message) }
        let names = f[4].split(whereSeparator: { "、,， ".contains($0) }).map(String.init)
        if names.isEmpty { return problem(DutyText.noWorker) }
        let signIn = f[5].isEmpty ? nil : ClockTime(text: f[5]), signOut = f[6].isEmpty ? nil : ClockTime(text: f[6])
        if !f[5].isEmpty && signIn == nil { return problem(DutyText.badTime("签到时间", f[5])) }
        if !f[6].isEmpty && signOut == nil { return problem(DutyText.badTime("签退时间", f[6])) }
        if signIn == nil && signOut != nil { return problem(DutyText.outWithoutIn) }
        switch (span(start: f[1], end: f[2]), ShiftKind.parse(f[3])) {
        case (.failure(let e), _), (_, .failure(let e)): return problem(e.message)
        case (.success(let span), .success(let kind)):
            return .success(Row(line: line, date: date, span: span, kind: kind, names: names, signIn: signIn, signOut: signOut))
        }
    }

    /// The shift's span from its two columns, each read on its own: joining them into one text
    /// let "-1:00" pass as 01:00 and an empty 开始时间 borrow a span written into 结束时间.
    static func span(start: String, end: String) -> Result<TimeSpan, InputError> {
        ClockTime.parse(start, label: header[1]).flatMap { from in
            ClockTime.parse(end, label: header[2]).flatMap { to in
                TimeSpan(from, to).map { .success($0) } ?? .failure(InputError("结束时间 \(to) 应晚于开始时间 \(from)"))
            }
        }
    }

    static func clean(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}")))
    }
}
