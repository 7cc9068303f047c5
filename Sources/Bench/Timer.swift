import Foundation

/// Timing of a closure: one warm-up run, then `count` timed runs, each in milliseconds of wall
/// clock and of the process's CPU time (which the other programs of a busy machine inflate less).
enum Timer {
    /// Wall and CPU milliseconds of each timed run, and the row count the last run returned.
    static func runs(_ count: Int, _ body: () throws -> Int) throws -> (ms: [Double], cpu: [Double], rows: Int) {
        var rows = try body()
        var wall: [Double] = [], cpu: [Double] = []
        for _ in 0..<count {
            let (start, startCPU) = (DispatchTime.now().uptimeNanoseconds, cpuNanoseconds())
            rows = try body()
            wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            cpu.append(Double(cpuNanoseconds() - startCPU) / 1_000_000)
        }
        return (wall, cpu, rows)
    }

    /// The same for a closure that returns nothing (its row count is 0).
    static func runs(_ count: Int, _ body: () throws -> Void) throws -> (ms: [Double], cpu: [Double], rows: Int) {
        try runs(count) { () throws -> Int in try body(); return 0 }
    }

    /// CPU time of the whole process (GRDB reads on its own queue's thread).
    private static func cpuNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
