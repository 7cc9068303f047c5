import ArgumentParser
import Foundation
import Storage

/// The mark on what is exported from a practice (demo) database, and the imports' refusal of it.
enum PracticeData {
    static let marker = "练习数据"
    /// The first line of every export from a practice database (after the BOM of a CSV).
    static let markLine = "练习数据（练习模式导出的虚构记录，不能导入真实数据库）"
    static let refusal = "此文件是练习模式导出的练习数据（首行为“练习数据”），不能导入真实数据库；请导入真实的记录"

    /// `text` with the mark as its first line when `db` holds demo data; unchanged otherwise.
    static func mark(_ text: String, from db: AppDatabase) throws -> String {
        guard try db.isDemoData() else { return text }
        let bom = "\u{FEFF}"
        return text.hasPrefix(bom) ? bom + markLine + "\r\n" + String(text.dropFirst()) : markLine + "\n" + text
    }

    /// Whether the first line of `text` (after any BOM) carries the mark.
    static func isMarked(_ text: String) -> Bool {
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        return body.hasPrefix(marker)
    }

    /// Exits with the refusal when `text` is a practice export.
    static func refuseIfMarked(_ text: String) throws {
        guard isMarked(text) else { return }
        printError(refusal)
        throw ExitCode(1)
    }
}
