import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui-bench`: times the program's own queries in-process on an existing database, so that
/// `scripts/bench` can set them beside the budgets of issue #11 and the `sqlite3` floor.
///
/// Prints one JSON object a line: `{"name": …, "ms": [each run], "cpu_ms": [each run], "rows": …}`.
/// Timings are figures to read, never assertions: this is not a test.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baishihui-bench", abstract: "Times the card, the month report, the ranking and the searches on DB.")

    @Option(help: "the database file (not changed)") var db: String
    @Option(help: "how many timed runs of each query, after one warm-up") var runs = 20
    @Option(help: "the month of the card and the report, YYYY-MM") var month: String
    @Option(help: "the worker id of the card") var worker: Int64
    @Option(help: "the year of the ranking") var year: Int
    @Option(help: "a policy search as typed, one query a keystroke (repeatable)") var policy: [String] = []
    @Option(help: "a reception history search by name (repeatable)") var receptionName: [String] = []
    @Option(help: "a reception history search by text (repeatable)") var receptionText: [String] = []
    @Option(help: "only the measurements whose name starts with one of these (comma separated)") var only = ""

    func run() throws {
        guard let month = Month(text: month) else { throw ValidationError("bad month \(self.month)") }
        var opened: AppDatabase?
        emit("open", try Timer.runs(runs) { opened = try AppDatabase.open(path: db) })
        let database = opened!
        let queries = BenchQueries(database: database, month: month, worker: worker, year: year)
        for (name, query) in queries.all(policy: policy, receptionName: receptionName, receptionText: receptionText)
        where wanted(name) {
            emit(name, try Timer.runs(runs, query))
        }
    }

    private func wanted(_ name: String) -> Bool {
        only.isEmpty || only.split(separator: ",").contains { name.hasPrefix($0) }
    }

    private func emit(_ name: String, _ result: (ms: [Double], cpu: [Double], rows: Int)) {
        func list(_ values: [Double]) -> String { values.map { String(format: "%.3f", $0) }.joined(separator: ",") }
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        print("{\"name\": \"\(quoted)\", \"ms\": [\(list(result.ms))], \"cpu_ms\": [\(list(result.cpu))], \"rows\": \(result.rows)}")
        fflush(nil)   // every stream: Swift 6 refuses the `stdout` global
    }
}

Bench.main()
