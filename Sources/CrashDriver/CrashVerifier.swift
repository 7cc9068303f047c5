import Domain
import Foundation
import Storage

/// One import the crash test started: the remark its rows carry, how many, and whether the
/// command reported it saved.
struct ImportClaim {
    let mark: String
    let rows: Int
    let reported: Bool

    init(_ text: String) {
        let parts = text.split(separator: ":").map(String.init)
        mark = parts[0]
        rows = Int(parts[1]) ?? -1
        reported = parts.count > 2 && parts[2] == "1"
    }
}

/// Checks after a kill that every record the saver printed is in the database, and that each
/// import is all or nothing; prints one line per failure and the counts, exits 1 on a failure.
struct CrashVerifier {
    let database: AppDatabase

    init(path: String) throws { database = try AppDatabase.open(path: path) }

    func run(log: String, imports: [ImportClaim]) throws -> Int32 {
        let lines = (try String(contentsOfFile: log, encoding: .utf8)).split(separator: "\n")
        var failures = [String]()
        let paid = try paidExpenses()
        for line in lines {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let id = Int64(parts[1]) else { continue }   // a line cut by the kill was never reported
            if parts[0] == "visit", (try? database.visit(id: id)) == nil { failures.append("reported visit \(id) is missing") }
            if parts[0] == "payment", !paid.contains(id) { failures.append("reported payment of expense \(id) is missing") }
        }
        let remarks = try importedRemarks()
        for claim in imports {
            let found = remarks[claim.mark, default: 0]
            if found != 0 && found != claim.rows { failures.append("import \(claim.mark) is partial: \(found) of \(claim.rows) rows") }
            if claim.reported && found != claim.rows { failures.append("import \(claim.mark) was reported but has \(found) of \(claim.rows) rows") }
        }
        for failure in failures { print("FAIL \(failure)") }
        let whole = imports.filter { remarks[$0.mark, default: 0] == $0.rows }.count
        print("verified \(lines.count) records reported saved, all present; \(imports.count) imports:"
              + " \(whole) whole, \(imports.count - whole) left nothing")
        return failures.isEmpty ? 0 : 1
    }

    /// The ids of the expenses paid this year.
    func paidExpenses() throws -> Set<Int64> {
        let today = ShanghaiCalendar.day(of: Date())
        guard let rules = try RuleBook.bundled().inForce(on: today) else { return [] }
        return Set(try database.fundsBook(year: today.year, rules: rules).records.filter { $0.payment != nil }.map(\.expense.id))
    }

    /// How many of this month's visits carry each remark (the imports' marks).
    func importedRemarks() throws -> [String: Int] {
        let visits = try database.visits(in: ShanghaiCalendar.day(of: Date()).calendarMonth)
        return visits.reduce(into: [:]) { counts, visit in counts[visit.remark, default: 0] += 1 }
    }
}
