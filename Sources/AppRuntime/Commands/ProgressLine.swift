import Foundation
import ScreenKit

/// A line on standard error while long work runs — what it is doing, how far where it can count,
/// and the seconds so far ("备份：1,024/4,096 页  3 秒") — redrawn in place twice a second and
/// erased when the work ends, so the command's own summary follows on a clean line. Nothing at all
/// when standard error is not a terminal (a script's log stays as it was).
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private var step: String
    private var done = 0, total = 0, unit = ""
    private var timer: DispatchSourceTimer?

    private init(_ step: String) { self.step = step }

    /// Runs `work` with a progress line (nil when standard error is not a terminal), erased afterwards.
    static func during<T>(_ step: String, terminal: Bool = isatty(STDERR_FILENO) == 1,
                          _ work: (ProgressLine?) throws -> T) rethrows -> T {
        guard terminal else { return try work(nil) }
        let line = ProgressLine(step)
        line.start()
        defer { line.stop() }
        return try work(line)
    }

    /// Says what the work is doing now, and how far it is when it can count (`total` > 0).
    func update(_ step: String? = nil, done: Int = 0, of total: Int = 0, unit: String = "") {
        lock.withLock {
            if let step { self.step = step }
            (self.done, self.total, self.unit) = (done, total, unit)
        }
    }

    /// The text of the line: "备份：1,024/4,096 页  3 秒".
    static func text(step: String, done: Int, total: Int, unit: String, seconds: Int) -> String {
        let count = total > 0 ? "：\(done.formatted())/\(total.formatted()) \(unit)" : "……"
        return step + count + "  \(seconds) 秒"
    }

    private func start() {
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + .milliseconds(300), repeating: .milliseconds(500))
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        timer.resume()
    }

    private func stop() {
        timer?.cancel()
        lock.withLock { Self.write("\r\u{1B}[K") }
    }

    private func draw() {
        lock.withLock {
            let seconds = Int(Date().timeIntervalSince(started))
            let text = Self.text(step: step, done: done, total: total, unit: unit, seconds: seconds)
            Self.write("\r" + DisplayWidth.prefix(text, fitting: Self.columns() - 1) + "\u{1B}[K")
        }
    }

    /// The terminal's width, 80 when it does not say.
    private static func columns() -> Int {
        var size = winsize()
        return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
