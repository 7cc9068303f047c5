import Domain
import Foundation
import GRDB

/// Correcting whether a payee is a 单位 or a 个人: a new `payee_correction` row pointing at the payee's
/// first answer, in the audit log with who, when and why; the books and the disclosure read the latest.
extension AppDatabase {
    /// Writes `correction` by `actor` (`Permission.correctPayeeKind`), refused when it changes nothing or
    /// gives no reason; a payee never asked (an imported one) gets its first answer. Returns the kind now recorded.
    @discardableResult
    public func correctPayeeKind(_ correction: PayeeCorrection, by actor: Int64, at: Date) throws -> PayeeKind {
        var correction = correction
        correction.reason = correction.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return try audited(by: actor, at: at) { db in
            try PersonTable.require(.correctPayeeKind, by: actor, in: db)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM expense WHERE payee = ?", arguments: [correction.payee]) != true {
                throw StorageError(.notFound, FundsText.noSuchPayee(correction.payee))
            }
            let current = try PayeeTable.kind(of: correction.payee, in: db)
            if let problem = correction.problem(current: current) { throw StorageError(.invalidInput, problem) }
            return (correction.kind, [try PayeeTable.correct(correction, by: actor, at: at, in: db)])
        }
    }
}
