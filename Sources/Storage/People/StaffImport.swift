import Domain
import Foundation
import SwiftCSV

/// Reads a staff list (CSV with the header `姓名,角色,片区`) into rows, or says what is wrong, line by line.
///
/// Roles are separated by 、 (read with `Role.parseList`); the zone may be empty; a UTF-8 BOM
/// is tolerated; blank lines are skipped. Imported people have no PIN: they choose one at
/// first login. Parsing is pure; `AppDatabase.importStaff` checks names against the database.
public enum StaffImport {
    /// The header row a staff file must start with.
    public static let header = ["姓名", "角色", "片区"]

    /// One person read from the file, with the line they came from.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var name: String
        public var roles: Set<Role>
        public var zone: String?

        public init(line: Int, name: String, roles: Set<Role>, zone: String?) {
            self.line = line
            self.name = name
            self.roles = roles
            self.zone = zone
        }
    }

    /// One reason a line cannot be imported, in Chinese; line 1 is the header.
    public struct Problem: Error, Sendable, Equatable {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    // MARK: - Parsing

    /// The rows of a file's bytes, which must be UTF-8 (Excel's "CSV UTF-8"; a BOM is fine).
    public static func parse(data: Data) -> Result<[Row], StaffImportFailure> {
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(StaffImportFailure([Problem(line: 1, message: StorageText.importNotUTF8)]))
        }
        return parse(text)
    }

    /// The rows of `text`, or every problem found (nothing is imported when there is one).
    public static func parse(_ text: String) -> Result<[Row], StaffImportFailure> {
        let records: [(line: Int, fields: [String])]
        do {
            records = try csvRecords(text)
        } catch {
            return .failure(StaffImportFailure([Problem(line: 1, message: StorageText.importUnreadable)]))
        }
        guard let first = records.first, first.fields.map(trimmed) == header else {
            let found = records.first?.fields.map(trimmed) ?? []
            return .failure(StaffImportFailure([Problem(line: 1, message: StorageText.importBadHeader(header, found: found))]))
        }
        return rows(from: records.dropFirst())
    }

    /// Checks each record and the names across records.
    static func rows(from records: ArraySlice<(line: Int, fields: [String])>) -> Result<[Row], StaffImportFailure> {
        var rows = [Row]()
        var problems = [Problem]()
        var firstLineOfName = [String: Int]()
        for record in records where !record.fields.allSatisfy({ trimmed($0).isEmpty }) {
            switch row(record.fields, line: record.line) {
            case .failure(let problem): problems.append(problem)
            case .success(let row):
                if let firstLine = firstLineOfName[row.name] {
                    problems.append(Problem(line: row.line, message: PeopleText.importDuplicateInFile(row.name, firstLine: firstLine)))
                } else {
                    firstLineOfName[row.name] = row.line
                    rows.append(row)
                }
            }
        }
        if problems.isEmpty && rows.isEmpty { problems.append(Problem(line: 1, message: PeopleText.importEmpty)) }
        return problems.isEmpty ? .success(rows) : .failure(StaffImportFailure(problems))
    }

    /// One record as a row, or the first thing wrong with it.
    static func row(_ fields: [String], line: Int) -> Result<Row, Problem> {
        func problem(_ message: String) -> Result<Row, Problem> { .failure(Problem(line: line, message: message)) }
        if fields.contains(where: { $0.contains(where: \.isNewline) }) { return problem(StorageText.importNewlineInField) }
        if fields.count < header.count { return problem(PeopleText.importRowTooShort) }
        if fields.count > header.count { return problem(PeopleText.importRowTooLong) }
        if let bad = CSVFieldCheck.problem(fields, line: line, header: header) { return .failure(bad) }
        switch (PersonName.validate(fields[0]), Role.parseList(fields[1])) {
        case (.failure(let error), _): return problem(error.message)
        case (_, .failure(let error)): return problem(error.message)
        case (.success(let name), .success(let roles)):
            return .success(Row(line: line, name: name, roles: roles, zone: AppDatabase.normalized(zone: fields[2])))
        }
    }

    // MARK: - CSV

    /// Every record of the file with the line it starts on (a quoted newline moves later lines down).
    static func csvRecords(_ text: String) throws -> [(line: Int, fields: [String])] {
        // SwiftCSV drops an empty last field when the file does not end with a newline.
        let text = text.last?.isNewline == false ? text + "\n" : text
        let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
        var records = [(line: Int, fields: [String])]()
        var line = 1
        try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { fields in
            records.append((line, fields))
            line += 1 + fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
        }
        return records
    }

    static func trimmed(_ text: String) -> String {
        text.trimmedFast(.whitespaces)
    }
}

/// Why a staff list cannot be imported: every problem found, each with its line number.
public struct StaffImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [StaffImport.Problem]

    public init(_ problems: [StaffImport.Problem]) {
        self.problems = problems
    }

    /// One line per problem: `第 N 行：reason`.
    public var description: String {
        problems.map { StorageText.importProblemLine($0) }.joined(separator: "\n")
    }
}
