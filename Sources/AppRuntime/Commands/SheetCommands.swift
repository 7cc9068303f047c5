import ArgumentParser
import Domain
import Foundation
import Storage

/// What the sheet commands share (meetings, patrols, the roster): reading a file of rows and importing it in the
/// name of the person named by `--as`, and the checks of an `export … --format text|csv` sheet.
enum SheetCommands {
    /// Imports the rows of `file` as `parse` reads them, all or nothing; prints how many `noun`s.
    static func importRows<Row>(_ file: String, parse: (String) -> Result<[Row], StaffImportFailure>, database: DatabaseOption,
                                actor: ActorOption, roles: Set<Role>?, act: String, noun: String, dryRun: Bool,
                                _ save: (AppDatabase, [Row], RuleSet, Person) throws -> Int) throws {
        let text = try ImportFile.read(file)
        do {
            let rows = try parse(text).get()
            let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: Date()))
            let (db, person) = try ImportSupport.open(database, as: actor, roles: roles, act: act)
            let added = try save(db, rows, rules, person)
            print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added) \(noun)（记在 \(person.name) 名下）")
        } catch let failure as StaffImportFailure {
            try ImportFile.report(failure, file: file)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }

    /// The month typed as YYYY-MM, else a refusal with exit status 1.
    static func month(_ text: String) throws -> Month {
        guard let month = Month(text: text) else {
            printError("月份“\(text)”无效，应写成 YYYY-MM")
            throw ExitCode(1)
        }
        return month
    }

    /// The format asked for: `text` or `csv`, else a refusal with exit status 1.
    static func format(_ text: String) throws -> ExportFormat {
        guard text == "csv" || text == "text" else {
            printError("格式“\(text)”无效：只能是 csv 或 text")
            throw ExitCode(1)
        }
        return text == "csv" ? .csv : .text
    }

    /// Writes the sheet in `format` (marked when from practice data) with the chain head; a storage failure exits 1.
    static func write(_ database: DatabaseOption, _ output: OutputOption, format: ExportFormat,
                      _ sheet: (AppDatabase) throws -> (csv: String, text: String, rows: Int)) throws {
        do {
            let db = try database.openExisting()
            let made = try sheet(db)
            try ExportOutput.write(try PracticeData.mark(format == .csv ? made.csv : made.text, from: db), format: format, rows: made.rows,
                                   to: output, database: database, db: db)
        } catch let error as StorageError {
            printError(error.message)
            throw ExitCode(1)
        }
    }
}
