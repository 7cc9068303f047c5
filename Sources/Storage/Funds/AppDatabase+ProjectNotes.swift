import Domain
import Foundation
import GRDB

/// Progress and results of the year's projects (附件一 四(一)): any active person, logged in as
/// themselves, appends a dated entry to a project of the books; nothing is overwritten, and the
/// disclosure reports list the entries under their project.
extension AppDatabase {
    /// Appends `note` by `actor`, or refuses it with the rule's sentence.
    @discardableResult
    public func recordProjectNote(_ note: ProjectNote, by actor: Int64, at: Date, today: LocalDate,
                                  rules: RuleSet) throws -> ProjectNote {
        var note = note
        note.project = note.project.trimmingCharacters(in: .whitespacesAndNewlines)
        note.text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return try audited(by: actor, at: at) { db in
            let person = try PersonTable.require(actor, in: db)
            guard person.isActive else { throw StorageError(.notPermitted, FundsText.noteInactive) }
            let book = try FundTables.book(year: note.date.year, defaultBudget: rules.money.fundBudget, in: db)
            let verdict = ProjectNoteRule.check(note, book: book, today: today, rules: rules)
            guard verdict.isOK else { throw StorageError(.invalidInput, verdict.message) }
            note.id = try FundResultsTables.insertNote(note, by: actor, at: at, in: db)
            note.recordedBy = person.name
            return (note, [AuditEvent(action: "project.note", entity: "project_note", entityID: note.id, detail: [
                "fund": note.fund.rawValue, "project": note.project, "kind": note.kind.rawValue, "text": note.text,
                "date": note.date.iso,
            ])])
        }
    }
}
