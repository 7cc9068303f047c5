import Domain
import Foundation

/// The data rows of an import file under a fixed header, each with its line, or every problem
/// found: the shared first step of the household and visit imports (the staff import's CSV
/// reading, `StaffImport.csvRecords`, underneath).
enum CSVRows {
    /// Checks the header and the column count of each non-blank row, then parses each row with
    /// `parse`; the result holds every row or every problem (nothing is imported when there is one).
    static func parse<Row>(_ text: String, header: [String], _ parse: ([String], Int) -> Result<Row, StaffImport.Problem>)
        -> Result<[Row], StaffImportFailure> {
        let records: [(line: Int, fields: [String])]
        do {
            records = try StaffImport.csvRecords(text)
        } catch {
            return .failure(StaffImportFailure([.init(line: 1, message: StorageText.importUnreadable)]))
        }
        guard let first = records.first, first.fields.map(StaffImport.trimmed) == header else {
            let found = records.first?.fields.map(StaffImport.trimmed) ?? []
            return .failure(StaffImportFailure([.init(line: 1, message: StorageText.importBadHeader(header, found: found))]))
        }
        var rows = [Row]()
        var problems = [StaffImport.Problem]()
        for record in records.dropFirst() where !record.fields.allSatisfy({ StaffImport.trimmed($0).isEmpty }) {
            if record.fields.count != header.count || record.fields.contains(where: { $0.contains(where: \.isNewline) }) {
                problems.append(.init(line: record.line, message: VisitsText.importColumns(header)))
                continue
            }
            if let problem = CSVFieldCheck.problem(record.fields, line: record.line, header: header) {
                problems.append(problem)
                continue
            }
            switch parse(record.fields.map(StaffImport.trimmed), record.line) {
            case .success(let row): rows.append(row)
            case .failure(let problem): problems.append(problem)
            }
        }
        if problems.isEmpty && rows.isEmpty { problems.append(.init(line: 1, message: VisitsText.importNoRows)) }
        return problems.isEmpty ? .success(rows) : .failure(StaffImportFailure(problems))
    }

    /// The value `make` returns, or its `StorageError` as the problem of `line`.
    static func checked<Row>(line: Int, _ make: () throws -> Row) -> Result<Row, StaffImport.Problem> {
        do {
            return .success(try make())
        } catch let error as StorageError {
            return .failure(.init(line: line, message: error.message))
        } catch {
            return .failure(.init(line: line, message: "\(error)"))
        }
    }
}

/// The first check of every data row of every import file, before any field's own rule: no
/// field holds a control character (`FieldText`: a NUL would be stored cut short, an ESC would
/// reach the terminal) or more than `FieldText.importFieldLength` characters. The problem names
/// the line, the column and the character's position, and never repeats the field.
enum CSVFieldCheck {
    /// The first field of `fields` (a record of `line`, under `header`) that no import accepts, or nil.
    static func problem(_ fields: [String], line: Int, header: [String]) -> StaffImport.Problem? {
        for (index, field) in fields.enumerated() {
            let label = StorageText.importColumn(index, header: header)
            if let error = FieldText.problem(field, label: label, maxLength: FieldText.importFieldLength) {
                return StaffImport.Problem(line: line, message: error.message)
            }
        }
        return nil
    }
}
