import Foundation

/// Wall-clock timing of a closure: one warm-up run, then `count` timed runs in milliseconds.
enum Timer {
    /// The milliseconds of each timed run and the row count the last run returned.
    static func runs(_ count: Int, _ body: () throws -> Int) throws -> (ms: [Double], rows: Int) {
        var rows = try body()
        var samples: [Double] = []
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            rows = try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return (samples, rows)
    }

    /// The same for a closure that returns nothing (its row count is 0).
    static func runs(_ count: Int, _ body: () throws -> Void) throws -> (ms: [Double], rows: Int) {
        try runs(count) { () throws -> Int in try body(); return 0 }
    }
}
